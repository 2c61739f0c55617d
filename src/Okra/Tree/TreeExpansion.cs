namespace Okra.Tree;

/// <summary>
/// Which objectives of the tree page are open. The top level starts open; a filtered tree opens fully to show its matches,
/// unless it is too large to show at once (<see cref="MaxOpenAll"/> objectives), when only its top level opens.
/// </summary>
public sealed class TreeExpansion
{
    /// <summary>The most objectives "open all" shows; beyond it, the page asks for a filter instead of drawing thousands of rows.</summary>
    public const int MaxOpenAll = 300;

    private readonly HashSet<Guid> open = [];

    public static bool CanOpenAll(TreeResponse tree) => tree.ObjectiveCount <= MaxOpenAll;

    public bool IsOpen(Guid id) => open.Contains(id);

    public void Toggle(Guid id)
    {
        if (!open.Remove(id)) open.Add(id);
    }

    public void Reset(TreeResponse tree, bool all)
    {
        open.Clear();
        foreach (var root in tree.Objectives)
        {
            if (all && CanOpenAll(tree)) Open(root);
            else open.Add(root.Id);
        }
    }

    public void OpenAll(TreeResponse tree)
    {
        if (!CanOpenAll(tree)) return;
        foreach (var root in tree.Objectives) Open(root);
    }

    public void CloseAll() => open.Clear();

    private void Open(ObjectiveNodeResponse node)
    {
        open.Add(node.Id);
        foreach (var child in node.Children) Open(child);
    }
}
