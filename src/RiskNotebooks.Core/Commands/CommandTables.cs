namespace RiskNotebooks.Commands;

/// <summary>Every command's option table, for hosts that bind them all and for the test that they do.</summary>
public static class CommandTables
{
    /// <summary>The tables of reid, location, text, assess, genome, catalogue, dicom, infer, anonymize and whatif.</summary>
    public static IReadOnlyList<CommandTable> All { get; } = [ReidRequest.Table, LocationRequest.Table, TextRequest.Table, AssessRequest.Table, GenomeRequest.Table, CatalogueRequest.Table, DicomRequest.Table, InferRequest.Table, AnonymizeRequest.Table, WhatIfRequest.Table];
}
