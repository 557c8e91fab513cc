#!/usr/bin/python3
# Usage: risknb kernel install (with JUPYTER_DATA_DIR set if you like), then from the repository root
#   PYTHONNOUSERSITE=1 /usr/bin/python3 tests/RiskNotebooks.Benchmarks/kernel_benchmark.py
# (Debian jupyter-client). Figures, not a timed test. The 1,000,000-row registry is made deterministically into
# bench-data/ (not committed) from ARX's adult.csv, as cli-benchmark.sh does.
"""Benchmarks of the risknotebooks kernel: ready after start, trivial cell round trip, RSS after 300 small cells,
#!reid round trip on a loaded 1,000,000-row registry."""
import os, statistics, subprocess, time, sys
from jupyter_client.manager import KernelManager

registry = os.path.abspath("bench-data/adult-1000000.csv")
if not os.path.exists(registry):
    os.makedirs("bench-data", exist_ok=True)
    subprocess.run([sys.executable, "tests/RiskNotebooks.Benchmarks/make_adult_like.py", "datasets/arx/adult.csv", registry, "1000000"], check=True)

km = KernelManager(kernel_name="risknotebooks")
t0 = time.perf_counter()
km.start_kernel()
kc = km.client(); kc.start_channels()
kc.wait_for_ready(timeout=60)
ready = time.perf_counter() - t0
pid = km.provisioner.pid if hasattr(km, "provisioner") and km.provisioner else km.kernel.pid

def run(code):
    t = time.perf_counter()
    r = kc.execute_interactive(code, timeout=120, output_hook=lambda m: None)
    assert r["content"]["status"] == "ok", r["content"]
    return (time.perf_counter() - t) * 1000

first = run("1 + 1")
times = [run("1 + 1") for _ in range(50)]
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"): return int(line.split()[1]) / 1024
after_warm = rss()
for i in range(249):
    run(f"var v{i} = {i} * 2; v{i} + 1")
msgs=[]
kc.execute_interactive("GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); Console.WriteLine($\"managed {GC.GetTotalMemory(true)/1048576} MiB\");", output_hook=msgs.append)
print([m['content'].get('text') for m in msgs if m['msg_type']=='stream'], f"RSS after GC {rss():.0f} MiB")
print(f"kernel ready after start: {ready:.2f} s")
print(f"first cell round trip: {first:.0f} ms")
print(f"trivial cell round trip: median {statistics.median(times):.1f} ms, p90 {sorted(times)[44]:.1f} ms (50 cells)")
print(f"RSS after 51 cells: {after_warm:.0f} MiB; after 300 small cells: {rss():.0f} MiB")

load = run(f'#!risk-load "{registry}" --name registry')
run("#!risk-roles --qi sex,age,race,marital-status,education,native-country,workclass,occupation")
reid = [run("#!reid --sampling-fraction 0.1") for _ in range(5)]
print(f"#!risk-load of 1,000,000 rows: {load / 1000:.2f} s; #!reid on it (8 QIs, charts included): "
      f"median {statistics.median(reid):.0f} ms, runs {[round(r) for r in reid]} ms; RSS {rss():.0f} MiB")
km.shutdown_kernel(now=False)
