"""Debian's jupyter_kernel_test (a conformance suite) against the installed 'risknotebooks' kernelspec.

Run by JupyterKernelTests.cs with JUPYTER_DATA_DIR pointing at a scratch folder and PYTHONNOUSERSITE=1."""
import unittest

import jupyter_kernel_test


class RiskNotebooksKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "risknotebooks"
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("an error");'
    code_generate_error = 'throw new InvalidOperationException("boom");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"risk" + "notebooks"', "result": "risknotebooks"},
    ]
    code_display_data = [
        {"code": 'Display("shown");', "mime": "text/plain"},
        {"code": 'Display(CsvTableReader.LoadFromText("t.csv", "a,b\\n1,2\\n"));', "mime": "text/html"},
    ]
    completion_samples = [
        {"text": "Console.Wri", "matches": {"Write", "WriteLine"}},
    ]
    complete_code_samples = ["1 + 1", "var x = 1;", "#!risk-help"]
    incomplete_code_samples = ["for (var i = 0; i < 3; i++) {", "var s = Math.Max(1,"]
    invalid_code_samples = ["int x = ;"]
    code_inspect_sample = "Console.WriteLine"
    code_clear_output = "ClearOutput();"


if __name__ == "__main__":
    unittest.main()
