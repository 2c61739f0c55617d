namespace Okra.Rhythm;

/// <summary>This app instance's name in leases and claims: the machine and a random part, new at each start.</summary>
public sealed class InstanceId
{
    public string Value { get; } = $"{Environment.MachineName}:{Guid.NewGuid():N}"[..Math.Min(128, Environment.MachineName.Length + 33)];
}
