using RiskNotebooks.Assessment;

namespace RiskNotebooks.Tests.Assessment;

public sealed class ThreatModelPropertyTests
{
    public static TheoryData<ReleaseSetting, int> Cases()
    {
        var data = new TheoryData<ReleaseSetting, int>();
        foreach (var setting in Enum.GetValues<ReleaseSetting>())
        {
            for (var seed = 0; seed < 12; seed++)
            {
                data.Add(setting, seed);
            }
        }

        return data;
    }

    /// <summary>A random assessment: each control absent, planned or in place at a random strength.</summary>
    private static RiskAssessment RandomAssessment(ReleaseSetting setting, Random random)
    {
        var controls = new List<Control>();
        foreach (var id in Assessments.AllControlIds)
        {
            var roll = random.Next(4);
            if (roll == 0)
            {
                continue;
            }

            var status = roll switch { 1 => ControlStatus.Absent, 2 => ControlStatus.Planned, _ => ControlStatus.InPlace };
            controls.Add(new Control(id, status, (ControlStrength)random.Next(1, 4)));
        }

        var asset = Assessments.Measured(random.NextDouble(), null) with { SpecialCategories = random.Next(2) == 0 ? [] : [SpecialCategory.Health] };
        return new RiskAssessment("random", setting, [asset], controls);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Putting_a_control_in_place_never_raises_the_likelihood(ReleaseSetting setting, int seed)
    {
        var random = new Random(31 * seed + (int)setting);
        var assessment = RandomAssessment(setting, random);
        var before = assessment.Evaluate();
        foreach (var id in Assessments.AllControlIds)
        {
            foreach (var strength in new[] { ControlStrength.Weak, ControlStrength.Moderate, ControlStrength.Strong })
            {
                var existing = assessment.FindControl(id);
                if (existing is { Status: ControlStatus.InPlace or ControlStatus.Planned } && existing.Strength > strength)
                {
                    continue; // that would weaken a control that already counts, not add one
                }

                var after = assessment.WithControl(new Control(id, ControlStatus.InPlace, strength)).Evaluate();
                foreach (var stage in Enum.GetValues<RiskStage>())
                {
                    Assert.True(after.AttemptAt(stage).Probability <= before.AttemptAt(stage).Probability, $"{id} ({strength}) raised P(attempt) at {stage}");
                    Assert.True(after.LikelihoodAt(stage).Probability <= before.LikelihoodAt(stage).Probability, $"{id} raised P(re-id) at {stage}");
                    Assert.True(after.LikelihoodAt(stage).Level <= before.LikelihoodAt(stage).Level, $"{id} raised the likelihood level at {stage}");
                    for (var p = 0; p < after.AttemptAt(stage).Paths.Count; p++)
                    {
                        Assert.True(after.AttemptAt(stage).Paths[p].AttemptProbability <= before.AttemptAt(stage).Paths[p].AttemptProbability);
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_planned_control_never_makes_the_residual_risk_worse_than_the_initial(ReleaseSetting setting, int seed)
    {
        var result = RandomAssessment(setting, new Random(7 * seed + (int)setting)).Evaluate();
        Assert.True(result.ResidualAttempt.Probability <= result.InitialAttempt.Probability);
        Assert.True(result.ResidualLikelihood.Probability <= result.InitialLikelihood.Probability);
        Assert.True(result.ResidualLikelihood.Level <= result.InitialLikelihood.Level);
        Assert.True(result.Risk.Residual.Level <= result.Risk.Initial.Level);
        Assert.All(result.Risk.Effects, e => Assert.True(e.After <= e.Before, e.Text));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Planning_an_absent_control_never_makes_the_residual_worse(ReleaseSetting setting, int seed)
    {
        var assessment = RandomAssessment(setting, new Random(11 * seed + (int)setting));
        var before = assessment.Evaluate();
        foreach (var id in Assessments.AllControlIds.Where(id => assessment.FindControl(id) is null or { Status: ControlStatus.Absent }))
        {
            var after = assessment.WithControl(new Control(id, ControlStatus.Planned)).Evaluate();
            Assert.Equal(before.InitialAttempt.Probability, after.InitialAttempt.Probability);
            Assert.True(after.ResidualAttempt.Probability <= before.ResidualAttempt.Probability, id);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void P_attempt_is_the_highest_path_and_each_path_its_weakest_safeguard(ReleaseSetting setting, int seed)
    {
        var result = RandomAssessment(setting, new Random(13 * seed + (int)setting)).Evaluate();
        foreach (var attempt in new[] { result.InitialAttempt, result.ResidualAttempt })
        {
            Assert.Equal(attempt.Paths.Max(p => p.AttemptProbability), attempt.Probability);
            if (setting != ReleaseSetting.PublicRelease)
            {
                Assert.All(attempt.Paths, p => Assert.Equal(p.Safeguards.Min(s => s.Strength), p.Strength));
            }
        }
    }
}
