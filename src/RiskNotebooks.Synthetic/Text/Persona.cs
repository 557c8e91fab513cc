using RiskNotebooks.Synthetic.Registry;

namespace RiskNotebooks.Synthetic.Text;

/// <summary>The made-up person a synthetic document is about, and the people around them.</summary>
internal sealed class Persona
{
    internal required string First { get; init; }

    internal required string Last { get; init; }

    internal string Full => First + " " + Last;

    internal required DateOnly Birth { get; init; }

    internal required DateOnly Visit { get; init; }

    internal int Age
    {
        get
        {
            var age = Visit.Year - Birth.Year;
            return Visit < Birth.AddYears(age) ? age - 1 : age;
        }
    }

    internal required string Place { get; init; }

    internal SwedishReferenceData.Municipality? Municipality { get; init; }

    internal required string Street { get; init; }

    internal required string Postcode { get; init; }

    internal required string Phone { get; init; }

    internal required string Email { get; init; }

    internal required string Profession { get; init; }

    internal required string RelativeFirst { get; init; }

    internal required string ClinicianFirst { get; init; }

    internal required string ClinicianLast { get; init; }

    internal required string Origin { get; init; }

    internal required bool HeldOutPlace { get; init; }
}
