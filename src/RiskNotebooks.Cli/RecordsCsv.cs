using RiskNotebooks.Data;
using RiskNotebooks.Registry;

namespace RiskNotebooks.Cli;

/// <summary>The record-level risk file of <c>--records</c>: an explicit opt-in, written atomically.</summary>
internal static class RecordsCsv
{
    internal static void Write(AtomicFileSet files, string path, ReidentificationReport report)
    {
        var individual = report.IndividualRisk;
        SafeCsvWriter.WriteFile(files, path, csv =>
        {
            csv.WriteText("row");
            csv.WriteText("fk");
            csv.WriteText("Fk");
            csv.WriteText("risk");
            if (individual.HasHouseholds)
            {
                csv.WriteText("householdRisk");
            }

            var suda = report.Suda;
            if (suda is not null)
            {
                csv.WriteText("suda");
                csv.WriteText("disSuda");
            }

            csv.EndRow();
            var fk = individual.Frequencies.Fk;
            var Fk = individual.Frequencies.WeightedFk;
            var risk = individual.Risk;
            var household = individual.HouseholdRisk;
            for (var r = 0; r < risk.Length; r++)
            {
                csv.WriteNumber(r + 1L);
                csv.WriteNumber(fk[r]);
                csv.WriteNumber(Fk[r]);
                csv.WriteNumber(risk[r]);
                if (individual.HasHouseholds)
                {
                    csv.WriteNumber(household[r]);
                }

                if (suda is not null)
                {
                    csv.WriteNumber(suda.Scores[r]);
                    csv.WriteNumber(suda.DisScores[r]);
                }

                csv.EndRow();
            }
        }, "--records");
    }
}
