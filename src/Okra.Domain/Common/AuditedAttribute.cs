namespace Okra.Domain.Common;

/// <summary>
/// Marks a property whose every change goes into the audit trail (who, when, old, new, reason).
/// The data layer reads it when saving, so no handler can forget to audit.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditedAttribute : Attribute;
