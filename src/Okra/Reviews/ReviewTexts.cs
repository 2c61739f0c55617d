namespace Okra.Reviews;

/// <summary>
/// The texts of the review, cycle-close, recognition and 1:1 pages: <c>ReviewTexts.resx</c> (English) and
/// <c>ReviewTexts.hu.resx</c> (Hungarian) beside this file.
/// </summary>
public sealed class ReviewTexts;
