namespace RiskNotebooks.Kernel.Protocol;

/// <summary>The kernel's sockets, as the connection file names them.</summary>
internal enum SocketKind
{
    Shell,
    Control,
    Iopub,
    Stdin,
    Heartbeat,
}
