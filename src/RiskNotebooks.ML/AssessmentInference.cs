using RiskNotebooks.Assessment;
using RiskNotebooks.Data;
using RiskNotebooks.Inference;

namespace RiskNotebooks.ML;

/// <summary>Gives assessments the learner: an asset's <c>inference</c> measure runs <see cref="AttributeInference"/>.</summary>
public static class AssessmentInference
{
    /// <summary>Sets <see cref="InferenceMeasurement.Provider"/> (once; later calls keep it).</summary>
    public static void Register() => InferenceMeasurement.Provider ??= Measure;

    /// <summary>Measures one sensitive attribute of a table for an assessment.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">Quasi-identifiers, one sensitive attribute, folds and seed.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The measurement.</returns>
    public static InferenceMeasurement Measure(Table table, AttributeInferenceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var report = AttributeInference.Analyse(table, options, cancellationToken);
        if (report.Attributes.Count == 0)
        {
            throw new InvalidOptionException("sensitive", report.Warnings.Count > 0 ? report.Warnings[0] : "the attribute could not be measured.");
        }

        var a = report.Attributes[0];
        var highest = a.Kind == SensitiveAttributeKind.Numeric ? a.Success : a.ClassRecalls.Select(c => c.Recall).DefaultIfEmpty(a.Advantage).Max();
        var learner = options.Trainer switch
        {
            InferenceTrainer.FastTree => "Microsoft.ML FastTree",
            InferenceTrainer.Sdca => "Microsoft.ML SDCA",
            _ => "Microsoft.ML LightGBM",
        };
        return new InferenceMeasurement(Path.GetFileName(table.Source), options, a.Records, a.Advantage, a.AdvantageInterval.Low, a.AdvantageInterval.High, highest, learner, table.Source);
    }
}
