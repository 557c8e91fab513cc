using System.Text;

namespace RiskNotebooks.Kernel.Execution;

/// <summary>
/// Installs, once per process, Console writers and a reader that route to the running cell (<see cref="CellContext.Current"/>)
/// and to the process's own streams otherwise: no process-wide swap per cell, so output of two cells never mixes.
/// </summary>
internal static class OutputRouter
{
    private static int installed;

    internal static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 1)
        {
            return;
        }

        Console.SetOut(new RoutingWriter("stdout", Console.Out));
        Console.SetError(new RoutingWriter("stderr", Console.Error));
        Console.SetIn(new RoutingReader(Console.In));
    }

    private sealed class RoutingWriter(string name, TextWriter process) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (CellContext.Current is { } cell)
            {
                cell.Stream(name, value);
            }
            else
            {
                process.Write(value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

        public override void WriteLine(string? value) => Write((value ?? string.Empty) + "\n");

        public override void WriteLine() => Write("\n");

        public override void Flush()
        {
            if (CellContext.Current is null)
            {
                process.Flush();
            }
        }
    }

    private sealed class RoutingReader(TextReader process) : TextReader
    {
        private string? pending;

        public override string? ReadLine()
        {
            if (CellContext.Current is { } cell)
            {
                return cell.ReadInput(string.Empty, password: false);
            }

            return process.ReadLine();
        }

        public override int Read()
        {
            if (CellContext.Current is null)
            {
                return process.Read();
            }

            if (pending is null)
            {
                var line = ReadLine();
                if (line is null)
                {
                    return -1;
                }

                pending = line + "\n";
            }

            var c = pending[0];
            pending = pending.Length == 1 ? null : pending[1..];
            return c;
        }

        public override int Peek() => CellContext.Current is null ? process.Peek() : pending is null ? -1 : pending[0];
    }
}
