using Microsoft.AspNetCore.Components;
using Okra.Components.Common;
using Okra.Domain.Progress;

namespace Okra.Tree;

/// <summary>The alignment tree of a cycle (company → teams → people) with filters and a cycle picker; progress comes from <see cref="TreeBuilder"/>.</summary>
public sealed partial class TreePage
{
    private readonly TreeExpansion expansion = new();
    private TreeChoices? choices;
    private TreeResponse? tree;
    private TreeQuery query = new();
    private Guid? shownCycleId;
    private bool loaded;
    private int reads;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public Guid? CycleId { get; set; }

    [SupplyParameterFromQuery(Name = "team")]
    public Guid? Team { get; set; }

    [SupplyParameterFromQuery(Name = "owner")]
    public Guid? Owner { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    public string? StatusName { get; set; }

    [SupplyParameterFromQuery(Name = "level")]
    public string? Level { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    public string? Text { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var read = ++reads;
        query = TreeQuery.Parse(Team, Owner, StatusName, Level, Text);
        choices ??= await ScopeFactory.ReadAsync<TreePageData, TreeChoices>(d => d.ChoicesAsync(default));
        var cycleId = CycleId ?? choices.CurrentCycleId ?? (choices.Cycles.Count > 0 ? choices.Cycles[0].Id : null);
        var result = cycleId is { } id
            ? await ScopeFactory.ReadAsync<TreePageData, TreeResponse?>(d => d.BuildAsync(id, query.ToFilter(), default))
            : null;
        if (read != reads) return; // a newer filter has started its own read
        tree = result;
        shownCycleId = cycleId;
        loaded = true;
        if (tree is not null) expansion.Reset(tree, all: !query.IsEmpty);
    }

    private void Filter(TreeQuery changed) => Navigation.NavigateTo(changed.ToUrl(CycleId));

    private void PickCycle(Guid cycleId) => Navigation.NavigateTo(query.ToUrl(cycleId));

    private string CsvUrl(Guid cycleId) => query.ToCsvUrl(cycleId);

    private static IEnumerable<Status> AllStatuses(IEnumerable<ObjectiveNodeResponse> nodes) =>
        nodes.SelectMany(n => AllStatuses(n.Children).Prepend(n.Status));
}
