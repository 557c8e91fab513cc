namespace RiskNotebooks.Assessment;

/// <summary>
/// The four levels of the CNIL PIA method, used for harm (severity), likelihood and risk alike. The numbers 1–4 are
/// part of the contract: they are what a risk matrix plots and what JSON output carries beside the name.
/// </summary>
/// <remarks>
/// CNIL, <i>Privacy Impact Assessment (PIA) — Knowledge bases</i> (2018) and <i>Methodology for privacy risk management</i>
/// (2012): severity and likelihood are each estimated on the scale negligible, limited, significant (the PIA software says
/// "important"), maximum. Use <see cref="RiskLevels"/> for names and parsing.
/// </remarks>
public enum RiskLevel
{
    /// <summary>1: the people concerned are not affected, or meet a few inconveniences they overcome without difficulty; an attack seems hardly possible.</summary>
    Negligible = 1,

    /// <summary>2: significant inconveniences that people overcome despite a few difficulties; an attack seems difficult.</summary>
    Limited = 2,

    /// <summary>3: significant consequences that people should overcome, though with serious difficulties; an attack seems possible.</summary>
    Significant = 3,

    /// <summary>4: significant or even irreversible consequences that people may not overcome; an attack seems extremely easy.</summary>
    Maximum = 4,
}
