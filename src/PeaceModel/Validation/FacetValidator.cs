namespace PeaceModel.Validation;

/// <summary>A predicate rule that also says, as a <see cref="SchemaFacet"/>, what it checks in JSON Schema's terms.</summary>
internal sealed class FacetValidator<T, TProperty>(Func<TProperty, bool> predicate, SchemaFacet facet) : QuickPropertyValidator<T, TProperty>, IFacetValidator
{
    public override string Name => "FacetValidator";

    public SchemaFacet Facet { get; } = facet;

    public Type ValueType => typeof(TProperty);

    protected override bool IsSatisfied(T instance, TProperty value) => predicate(value);

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' is not valid.";
}

/// <summary>The facet of a <see cref="FacetValidator{T, TProperty}"/>, and the type of value it checks (the list, or each element).</summary>
internal interface IFacetValidator
{
    SchemaFacet Facet { get; }

    Type ValueType { get; }
}
