namespace Okra.Tree;

/// <summary>Which objectives of the tree page are open. The top level starts open; a filtered tree opens fully to show its matches.</summary>
public sealed class TreeExpansion
{
    private readonly HashSet<Guid> open = [];

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
            if (all) Open(root);
            else open.Add(root.Id);
        }
    }

    public void OpenAll(TreeResponse tree)
    {
        foreach (var root in tree.Objectives) Open(root);
    }

    public void CloseAll() => open.Clear();

    private void Open(ObjectiveNodeResponse node)
    {
        open.Add(node.Id);
        foreach (var child in node.Children) Open(child);
    }
}
