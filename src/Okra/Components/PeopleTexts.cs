namespace Okra.Components;

/// <summary>
/// The texts of the check-in, teams, people, profile, invitation and admin pages: <c>PeopleTexts.resx</c> (English) and
/// <c>PeopleTexts.hu.resx</c> (Hungarian) beside this file.
/// </summary>
public sealed class PeopleTexts;
