namespace RiskNotebooks.Synthetic.Registry;

/// <summary>
/// The reference tables behind <see cref="SyntheticRegistryGenerator"/>: marginals of the Swedish population, rounded and
/// typed in by hand, so the demo data set needs no download and contains no record of any real person.
/// </summary>
/// <remarks>
/// <para>Sources (all figures approximate, rounded, written from published aggregates; none is a microdata extract):</para>
/// <list type="bullet">
/// <item>SCB (Statistics Sweden), Befolkningsstatistik: "Folkmängd i riket, län och kommuner 31 december 2023" (municipal
/// populations, county membership; 290 municipalities, 21 counties, about 10.55 million people).</item>
/// <item>SCB, "Folkmängd efter ålder och kön 2023" (the age pyramid by single year of age, sex ratio by age).</item>
/// <item>SCB, "Utrikes födda efter födelseland 2023" (foreign-born share by age, main countries of birth).</item>
/// <item>SCB, "Befolkningens utbildning 2023", levels of the Swedish education nomenclature SUN 2020 (highest level of
/// education by age and sex).</item>
/// <item>WHO ICD-10 / Socialstyrelsen ICD-10-SE (codes); Socialstyrelsen, Statistikdatabas för diagnoser i sluten vård
/// (which diagnoses are common, typical lengths of stay) for the rank order, which is only roughly followed.</item>
/// <item>PostNord postal-code areas: 3-digit prefixes per municipality are plausible, not an exact postal map; codes are
/// invented inside those prefixes.</item>
/// </list>
/// <para>Every weight is an integer so that cumulative distributions are exact and the output is the same on every
/// platform (no floating rounding in a table can move a sampling boundary).</para>
/// </remarks>
internal static class SwedishReferenceData
{
    /// <summary>The reference date: ages and the admission year are those of the population on 2023-12-31.</summary>
    internal const int ReferenceYear = 2023;

    // County indices, named after the county letter codes (länsbokstäver) so that the municipality table reads easily.
    private const int AB = 0, C = 1, D = 2, E = 3, F = 4, G = 5, H = 6, I = 7, K = 8, M = 9, N = 10,
        O = 11, S = 12, T = 13, U = 14, W = 15, X = 16, Y = 17, Z = 18, AC = 19, BD = 20;

    /// <summary>The 21 counties (län) in the order of their official county codes.</summary>
    internal static readonly string[] Counties =
    [
        "Stockholms län", "Uppsala län", "Södermanlands län", "Östergötlands län", "Jönköpings län",
        "Kronobergs län", "Kalmar län", "Gotlands län", "Blekinge län", "Skåne län", "Hallands län",
        "Västra Götalands län", "Värmlands län", "Örebro län", "Västmanlands län", "Dalarnas län",
        "Gävleborgs län", "Västernorrlands län", "Jämtlands län", "Västerbottens län", "Norrbottens län",
    ];

    /// <summary>A municipality with its county, population and the 3-digit postcode prefixes its codes are drawn from.</summary>
    /// <param name="Name">Municipality name as SCB writes it (without "kommun").</param>
    /// <param name="County">Index into <see cref="Counties"/>.</param>
    /// <param name="Population">Population on 2023-12-31, rounded.</param>
    /// <param name="PrefixFirst">First 3-digit postcode prefix of the municipality.</param>
    /// <param name="PrefixLast">Last 3-digit postcode prefix (inclusive).</param>
    internal readonly record struct Municipality(string Name, int County, int Population, int PrefixFirst, int PrefixLast);

    /// <summary>All 290 municipalities, grouped by county.</summary>
    internal static readonly Municipality[] Municipalities =
    [
        // Stockholms län
        new("Stockholm", AB, 984_700, 111, 129),
        new("Huddinge", AB, 115_600, 141, 143),
        new("Nacka", AB, 108_700, 131, 132),
        new("Södertälje", AB, 101_800, 151, 153),
        new("Haninge", AB, 97_000, 136, 137),
        new("Botkyrka", AB, 96_600, 145, 147),
        new("Solna", AB, 85_700, 169, 171),
        new("Järfälla", AB, 85_300, 175, 177),
        new("Sollentuna", AB, 75_000, 191, 192),
        new("Täby", AB, 74_600, 187, 187),
        new("Norrtälje", AB, 64_500, 761, 764),
        new("Sundbyberg", AB, 55_000, 172, 174),
        new("Sigtuna", AB, 50_700, 195, 195),
        new("Tyresö", AB, 49_400, 135, 135),
        new("Upplands Väsby", AB, 48_300, 194, 194),
        new("Lidingö", AB, 48_000, 181, 181),
        new("Österåker", AB, 47_700, 184, 184),
        new("Värmdö", AB, 47_400, 134, 134),
        new("Vallentuna", AB, 35_000, 186, 186),
        new("Danderyd", AB, 33_000, 182, 182),
        new("Upplands-Bro", AB, 31_300, 196, 197),
        new("Ekerö", AB, 29_300, 178, 178),
        new("Nynäshamn", AB, 29_200, 148, 149),
        new("Salem", AB, 17_400, 144, 144),
        new("Vaxholm", AB, 12_000, 185, 185),
        new("Nykvarn", AB, 11_800, 155, 155),

        // Uppsala län
        new("Uppsala", C, 245_300, 751, 757),
        new("Enköping", C, 47_700, 745, 745),
        new("Håbo", C, 22_600, 746, 746),
        new("Östhammar", C, 22_300, 742, 742),
        new("Tierp", C, 21_300, 815, 815),
        new("Knivsta", C, 20_000, 741, 741),
        new("Heby", C, 14_000, 744, 744),
        new("Älvkarleby", C, 9_500, 814, 814),

        // Södermanlands län
        new("Eskilstuna", D, 107_500, 631, 635),
        new("Nyköping", D, 58_300, 611, 611),
        new("Strängnäs", D, 38_000, 645, 645),
        new("Katrineholm", D, 34_900, 641, 641),
        new("Flen", D, 16_200, 642, 642),
        new("Trosa", D, 13_500, 619, 619),
        new("Oxelösund", D, 12_000, 613, 613),
        new("Gnesta", D, 11_500, 646, 646),
        new("Vingåker", D, 9_200, 643, 643),

        // Östergötlands län
        new("Linköping", E, 166_700, 581, 589),
        new("Norrköping", E, 145_300, 601, 605),
        new("Motala", E, 44_000, 591, 591),
        new("Mjölby", E, 28_000, 595, 595),
        new("Finspång", E, 22_000, 612, 612),
        new("Söderköping", E, 14_500, 614, 614),
        new("Åtvidaberg", E, 11_500, 597, 597),
        new("Kinda", E, 10_000, 590, 590),
        new("Valdemarsvik", E, 7_700, 615, 615),
        new("Vadstena", E, 7_400, 592, 592),
        new("Boxholm", E, 5_500, 590, 590),
        new("Ödeshög", E, 5_300, 599, 599),
        new("Ydre", E, 3_700, 570, 570),

        // Jönköpings län
        new("Jönköping", F, 144_400, 551, 556),
        new("Värnamo", F, 35_200, 331, 331),
        new("Nässjö", F, 31_700, 571, 571),
        new("Gislaved", F, 29_600, 332, 334),
        new("Vetlanda", F, 27_800, 574, 574),
        new("Tranås", F, 19_200, 573, 573),
        new("Eksjö", F, 17_700, 575, 575),
        new("Vaggeryd", F, 14_200, 568, 568),
        new("Habo", F, 12_600, 566, 566),
        new("Sävsjö", F, 11_400, 576, 576),
        new("Gnosjö", F, 9_600, 335, 335),
        new("Mullsjö", F, 7_300, 565, 565),
        new("Aneby", F, 6_800, 578, 578),

        // Kronobergs län
        new("Växjö", G, 96_400, 351, 355),
        new("Ljungby", G, 28_700, 341, 341),
        new("Alvesta", G, 20_300, 342, 342),
        new("Älmhult", G, 18_000, 343, 343),
        new("Tingsryd", G, 12_400, 362, 362),
        new("Markaryd", G, 10_200, 285, 285),
        new("Uppvidinge", G, 9_500, 364, 364),
        new("Lessebo", G, 8_900, 360, 360),

        // Kalmar län
        new("Kalmar", H, 72_000, 391, 395),
        new("Västervik", H, 36_500, 593, 593),
        new("Oskarshamn", H, 27_000, 572, 572),
        new("Nybro", H, 20_600, 382, 382),
        new("Mörbylånga", H, 15_700, 386, 386),
        new("Vimmerby", H, 15_500, 598, 598),
        new("Hultsfred", H, 13_700, 577, 577),
        new("Mönsterås", H, 13_500, 383, 383),
        new("Borgholm", H, 10_900, 387, 387),
        new("Emmaboda", H, 9_200, 361, 361),
        new("Torsås", H, 7_200, 385, 385),
        new("Högsby", H, 5_700, 579, 579),

        // Gotlands län
        new("Gotland", I, 61_300, 621, 624),

        // Blekinge län
        new("Karlskrona", K, 66_900, 371, 371),
        new("Karlshamn", K, 32_500, 374, 374),
        new("Ronneby", K, 29_700, 372, 372),
        new("Sölvesborg", K, 17_500, 294, 294),
        new("Olofström", K, 13_000, 293, 293),

        // Skåne län
        new("Malmö", M, 362_100, 211, 218),
        new("Helsingborg", M, 151_500, 250, 256),
        new("Lund", M, 128_500, 220, 227),
        new("Kristianstad", M, 87_000, 291, 291),
        new("Hässleholm", M, 52_800, 281, 281),
        new("Landskrona", M, 46_700, 261, 261),
        new("Trelleborg", M, 46_600, 231, 231),
        new("Ängelholm", M, 43_000, 262, 262),
        new("Vellinge", M, 37_500, 235, 235),
        new("Eslöv", M, 34_600, 241, 241),
        new("Kävlinge", M, 32_700, 244, 244),
        new("Ystad", M, 31_300, 271, 271),
        new("Höganäs", M, 27_400, 263, 263),
        new("Staffanstorp", M, 26_900, 245, 245),
        new("Lomma", M, 25_500, 234, 234),
        new("Svedala", M, 22_700, 233, 233),
        new("Burlöv", M, 19_600, 232, 232),
        new("Sjöbo", M, 19_600, 275, 275),
        new("Simrishamn", M, 19_200, 272, 272),
        new("Klippan", M, 17_800, 264, 264),
        new("Höör", M, 17_600, 243, 243),
        new("Skurup", M, 16_800, 274, 274),
        new("Åstorp", M, 16_200, 265, 265),
        new("Bjuv", M, 16_000, 267, 267),
        new("Hörby", M, 15_800, 242, 242),
        new("Båstad", M, 15_500, 269, 269),
        new("Östra Göinge", M, 15_000, 289, 289),
        new("Svalöv", M, 14_600, 268, 268),
        new("Tomelilla", M, 13_500, 273, 273),
        new("Osby", M, 13_000, 283, 283),
        new("Bromölla", M, 12_800, 295, 295),
        new("Örkelljunga", M, 10_300, 286, 286),
        new("Perstorp", M, 7_500, 284, 284),

        // Hallands län
        new("Halmstad", N, 105_000, 301, 305),
        new("Kungsbacka", N, 85_700, 434, 434),
        new("Varberg", N, 67_800, 432, 432),
        new("Falkenberg", N, 47_000, 311, 311),
        new("Laholm", N, 26_000, 312, 312),
        new("Hylte", N, 11_000, 314, 314),

        // Västra Götalands län
        new("Göteborg", O, 604_600, 411, 426),
        new("Borås", O, 115_100, 501, 507),
        new("Mölndal", O, 70_900, 431, 431),
        new("Trollhättan", O, 59_600, 461, 461),
        new("Uddevalla", O, 57_700, 451, 451),
        new("Skövde", O, 57_200, 541, 541),
        new("Kungälv", O, 48_400, 442, 442),
        new("Lerum", O, 43_500, 443, 443),
        new("Alingsås", O, 42_000, 441, 441),
        new("Partille", O, 40_500, 433, 433),
        new("Lidköping", O, 40_200, 531, 531),
        new("Vänersborg", O, 40_000, 462, 462),
        new("Härryda", O, 39_200, 435, 435),
        new("Mark", O, 35_000, 511, 511),
        new("Falköping", O, 33_500, 521, 521),
        new("Ale", O, 32_700, 449, 449),
        new("Stenungsund", O, 27_500, 444, 444),
        new("Ulricehamn", O, 25_000, 523, 523),
        new("Mariestad", O, 24_500, 542, 542),
        new("Skara", O, 19_000, 532, 532),
        new("Vara", O, 16_000, 534, 534),
        new("Tjörn", O, 16_000, 471, 471),
        new("Orust", O, 15_100, 473, 473),
        new("Lysekil", O, 14_400, 453, 453),
        new("Lilla Edet", O, 14_000, 463, 463),
        new("Strömstad", O, 13_500, 452, 452),
        new("Götene", O, 13_200, 533, 533),
        new("Öckerö", O, 13_000, 475, 475),
        new("Tanum", O, 12_900, 457, 457),
        new("Tidaholm", O, 12_900, 522, 522),
        new("Åmål", O, 12_500, 662, 662),
        new("Vårgårda", O, 11_900, 447, 447),
        new("Tranemo", O, 11_600, 514, 514),
        new("Tibro", O, 11_200, 543, 543),
        new("Svenljunga", O, 10_800, 512, 512),
        new("Munkedal", O, 10_500, 455, 455),
        new("Bollebygd", O, 9_800, 517, 517),
        new("Herrljunga", O, 9_500, 524, 524),
        new("Töreboda", O, 9_500, 545, 545),
        new("Bengtsfors", O, 9_300, 666, 666),
        new("Hjo", O, 9_200, 544, 544),
        new("Sotenäs", O, 9_000, 456, 456),
        new("Mellerud", O, 9_000, 464, 464),
        new("Karlsborg", O, 6_900, 546, 546),
        new("Färgelanda", O, 6_600, 458, 458),
        new("Grästorp", O, 5_700, 467, 467),
        new("Essunga", O, 5_600, 465, 465),
        new("Gullspång", O, 5_200, 548, 548),
        new("Dals-Ed", O, 4_700, 668, 668),

        // Värmlands län
        new("Karlstad", S, 95_900, 651, 656),
        new("Arvika", S, 26_000, 671, 671),
        new("Kristinehamn", S, 24_600, 681, 681),
        new("Hammarö", S, 16_900, 663, 663),
        new("Säffle", S, 15_400, 661, 661),
        new("Sunne", S, 13_200, 686, 686),
        new("Kil", S, 12_000, 665, 665),
        new("Torsby", S, 11_700, 685, 685),
        new("Forshaga", S, 11_500, 667, 667),
        new("Hagfors", S, 11_400, 683, 683),
        new("Filipstad", S, 10_300, 682, 682),
        new("Årjäng", S, 10_000, 672, 672),
        new("Grums", S, 9_000, 664, 664),
        new("Eda", S, 8_500, 673, 673),
        new("Storfors", S, 4_000, 688, 688),
        new("Munkfors", S, 3_600, 684, 684),

        // Örebro län
        new("Örebro", T, 158_800, 701, 705),
        new("Karlskoga", T, 30_600, 691, 691),
        new("Lindesberg", T, 23_500, 711, 711),
        new("Kumla", T, 22_000, 692, 692),
        new("Hallsberg", T, 16_000, 694, 694),
        new("Askersund", T, 11_300, 696, 696),
        new("Nora", T, 10_500, 713, 713),
        new("Degerfors", T, 9_500, 693, 693),
        new("Lekeberg", T, 8_400, 716, 716),
        new("Hällefors", T, 6_700, 712, 712),
        new("Laxå", T, 5_600, 695, 695),
        new("Ljusnarsberg", T, 4_800, 714, 714),

        // Västmanlands län
        new("Västerås", U, 158_000, 721, 725),
        new("Köping", U, 26_400, 731, 731),
        new("Sala", U, 23_000, 733, 733),
        new("Hallstahammar", U, 16_400, 734, 734),
        new("Arboga", U, 14_000, 732, 732),
        new("Fagersta", U, 13_500, 737, 737),
        new("Surahammar", U, 10_200, 735, 735),
        new("Kungsör", U, 8_800, 736, 736),
        new("Norberg", U, 5_800, 738, 738),
        new("Skinnskatteberg", U, 4_400, 739, 739),

        // Dalarnas län
        new("Falun", W, 59_900, 791, 791),
        new("Borlänge", W, 52_700, 781, 781),
        new("Ludvika", W, 26_000, 771, 771),
        new("Avesta", W, 23_000, 774, 774),
        new("Mora", W, 20_500, 792, 792),
        new("Leksand", W, 15_800, 793, 793),
        new("Hedemora", W, 15_300, 776, 776),
        new("Säter", W, 11_200, 783, 783),
        new("Rättvik", W, 11_000, 795, 795),
        new("Smedjebacken", W, 10_700, 777, 777),
        new("Gagnef", W, 10_300, 785, 785),
        new("Malung-Sälen", W, 10_200, 782, 782),
        new("Älvdalen", W, 7_000, 796, 796),
        new("Orsa", W, 6_900, 794, 794),
        new("Vansbro", W, 6_700, 780, 780),

        // Gävleborgs län
        new("Gävle", X, 103_700, 802, 806),
        new("Sandviken", X, 39_600, 811, 811),
        new("Hudiksvall", X, 37_500, 824, 824),
        new("Bollnäs", X, 26_500, 821, 821),
        new("Söderhamn", X, 25_400, 826, 826),
        new("Ljusdal", X, 19_000, 827, 827),
        new("Ovanåker", X, 11_500, 828, 828),
        new("Hofors", X, 9_500, 813, 813),
        new("Nordanstig", X, 9_400, 820, 820),
        new("Ockelbo", X, 5_800, 816, 816),

        // Västernorrlands län
        new("Sundsvall", Y, 99_700, 851, 857),
        new("Örnsköldsvik", Y, 56_000, 891, 896),
        new("Härnösand", Y, 24_700, 871, 871),
        new("Sollefteå", Y, 19_000, 881, 881),
        new("Timrå", Y, 18_000, 861, 861),
        new("Kramfors", Y, 18_000, 872, 872),
        new("Ånge", Y, 9_200, 841, 841),

        // Jämtlands län
        new("Östersund", Z, 64_500, 831, 832),
        new("Krokom", Z, 15_500, 835, 835),
        new("Åre", Z, 12_000, 837, 837),
        new("Strömsund", Z, 11_400, 833, 833),
        new("Härjedalen", Z, 9_800, 842, 842),
        new("Berg", Z, 6_900, 840, 840),
        new("Bräcke", Z, 6_300, 843, 843),
        new("Ragunda", Z, 5_300, 844, 844),

        // Västerbottens län
        new("Umeå", AC, 132_200, 901, 907),
        new("Skellefteå", AC, 76_000, 931, 932),
        new("Lycksele", AC, 12_200, 921, 921),
        new("Vännäs", AC, 8_800, 911, 911),
        new("Nordmaling", AC, 7_100, 914, 914),
        new("Robertsfors", AC, 6_800, 915, 915),
        new("Vilhelmina", AC, 6_500, 912, 912),
        new("Storuman", AC, 5_800, 923, 923),
        new("Vindeln", AC, 5_300, 922, 922),
        new("Norsjö", AC, 4_100, 935, 935),
        new("Malå", AC, 3_000, 930, 930),
        new("Åsele", AC, 2_700, 919, 919),
        new("Dorotea", AC, 2_400, 917, 917),
        new("Sorsele", AC, 2_400, 924, 924),
        new("Bjurholm", AC, 2_400, 916, 916),

        // Norrbottens län
        new("Luleå", BD, 79_900, 971, 977),
        new("Piteå", BD, 42_500, 941, 941),
        new("Boden", BD, 28_400, 961, 961),
        new("Kiruna", BD, 22_500, 981, 981),
        new("Gällivare", BD, 17_300, 982, 982),
        new("Kalix", BD, 15_800, 952, 952),
        new("Haparanda", BD, 9_500, 953, 953),
        new("Älvsbyn", BD, 8_100, 942, 942),
        new("Arvidsjaur", BD, 6_200, 933, 933),
        new("Pajala", BD, 5_900, 984, 984),
        new("Jokkmokk", BD, 4_900, 962, 962),
        new("Övertorneå", BD, 4_100, 957, 957),
        new("Överkalix", BD, 3_200, 956, 956),
        new("Arjeplog", BD, 2_700, 938, 938),
    ];

    /// <summary>
    /// Persons by single year of age 0..100 on 2023-12-31 (SCB, rounded). The bumps are real: the 1940s baby boom (ages
    /// 74-77), the 1960s cohorts (ages 54-58), the 1990 peak topped up by immigration (ages 30-34) and the 2010s births.
    /// </summary>
    internal static readonly int[] PersonsByAge =
    [
        100_000, 104_500, 112_000, 114_500, 117_000, 119_500, 122_500, 124_000, 125_500, 126_500, // 0-9
        127_000, 126_000, 125_000, 124_500, 122_000, 120_000, 117_500, 114_500, 112_000, 110_500, // 10-19
        111_500, 113_000, 116_500, 121_000, 125_000, 128_500, 131_500, 134_500, 138_500, 141_500, // 20-29
        144_500, 146_500, 148_500, 149_500, 147_000, 142_500, 138_000, 135_000, 132_500, 130_500, // 30-39
        128_000, 125_500, 123_500, 122_000, 121_500, 122_500, 124_000, 125_500, 126_500, 127_500, // 40-49
        128_000, 128_500, 129_000, 130_000, 131_000, 132_500, 133_500, 134_000, 132_500, 130_000, // 50-59
        126_500, 123_000, 119_500, 116_500, 114_000, 112_000, 110_000, 108_500, 107_500, 107_000, // 60-69
        107_500, 108_500, 110_500, 112_500, 115_000, 117_500, 116_000, 110_000, 100_500, 93_500, // 70-79
        86_000, 76_500, 68_500, 61_500, 55_000, 49_000, 43_500, 38_000, 32_500, 27_500, // 80-89
        23_000, 18_500, 14_500, 11_000, 8_200, 5_900, 4_100, 2_800, 1_800, 1_150, // 90-99
        700, // 100
    ];

    /// <summary>Upper ages (inclusive) of the bands used by <see cref="MalePermilleByBand"/>.</summary>
    internal static readonly int[] SexBandUpperAge = [17, 44, 64, 74, 84, 89, 94, 100];

    /// <summary>
    /// Men per 1000 persons by age band: slightly more boys at birth, a male surplus at working ages from immigration,
    /// and women outliving men from the late 70s on.
    /// </summary>
    internal static readonly int[] MalePermilleByBand = [513, 515, 508, 490, 460, 400, 340, 260];

    /// <summary>Upper ages (inclusive) of the bands used by <see cref="ForeignBornPermilleByBand"/>.</summary>
    internal static readonly int[] ForeignBandUpperAge = [5, 17, 24, 44, 64, 79, 100];

    /// <summary>
    /// Foreign-born persons per 1000 by age band (about 20 % overall in 2023, highest among adults of working age).
    /// </summary>
    internal static readonly int[] ForeignBornPermilleByBand = [30, 110, 190, 300, 240, 150, 110];

    /// <summary>Country of birth for Sweden-born persons, as SCB names it.</summary>
    internal const string Sweden = "Sverige";

    /// <summary>A country of birth with an integer weight among the foreign-born.</summary>
    /// <param name="Name">Swedish country name as in SCB tables.</param>
    /// <param name="Weight">Relative weight (per mille of the foreign-born of the age group, roughly).</param>
    internal readonly record struct Country(string Name, int Weight);

    /// <summary>
    /// Countries of birth of foreign-born persons under 65: recent refugee and labour migration dominates (SCB 2023: Syria
    /// about 196 000, Iraq 148 000, Finland 134 000, Poland 97 000, Iran 83 000, ... of about 2.1 million foreign-born).
    /// </summary>
    internal static readonly Country[] ForeignBornUnder65 =
    [
        new("Syrien", 105), new("Irak", 70), new("Polen", 50), new("Iran", 40), new("Somalia", 36),
        new("Finland", 35), new("Afghanistan", 33), new("Indien", 33), new("Eritrea", 26), new("Turkiet", 25),
        new("Thailand", 24), new("Bosnien och Hercegovina", 22), new("Tyskland", 20), new("Kina", 20),
        new("Rumänien", 20), new("Ukraina", 18), new("Danmark", 16), new("Norge", 15), new("Storbritannien", 15),
        new("Pakistan", 14), new("Libanon", 13), new("Ryssland", 13), new("Filippinerna", 12), new("Etiopien", 11),
        new("USA", 11), new("Chile", 10), new("Palestina", 10), new("Vietnam", 9), new("Litauen", 9),
        new("Brasilien", 9), new("Serbien", 8), new("Ungern", 8), new("Bangladesh", 8), new("Colombia", 8),
        new("Kosovo", 8), new("Italien", 8), new("Spanien", 8), new("Nederländerna", 7), new("Egypten", 7),
        new("Grekland", 6), new("Marocko", 6), new("Nigeria", 6), new("Frankrike", 6), new("Sydkorea", 5),
        new("Kroatien", 5), new("Jugoslavien", 5), new("Estland", 4), new("Lettland", 4), new("Mexiko", 4),
        new("Kenya", 4), new("Gambia", 3), new("Peru", 3), new("Uganda", 3), new("Sri Lanka", 3),

        // The long tail: about 30 % of the foreign-born come from countries outside the main ones above.
        new("Nordmakedonien", 4), new("Bulgarien", 4), new("Albanien", 3), new("Portugal", 3), new("Irland", 3),
        new("Tjeckien", 3), new("Island", 3), new("Kanada", 3), new("Argentina", 3), new("Kongo-Kinshasa", 3),
        new("Sudan", 3), new("Tunisien", 3), new("Jordanien", 3), new("Georgien", 3), new("Armenien", 3),
        new("Uzbekistan", 3), new("Nepal", 3), new("Indonesien", 3), new("Belgien", 2), new("Schweiz", 2),
        new("Österrike", 2), new("Slovakien", 2), new("Australien", 2), new("Japan", 2), new("Bolivia", 2),
        new("Kuba", 2), new("Venezuela", 2), new("Ecuador", 2), new("Burundi", 2), new("Ghana", 2),
        new("Kamerun", 2), new("Sydafrika", 2), new("Algeriet", 2), new("Jemen", 2), new("Azerbajdzjan", 2),
        new("Belarus", 2), new("Moldavien", 2), new("Kazakstan", 2), new("Malaysia", 2), new("Mongoliet", 2),
        new("Libyen", 2), new("Rwanda", 1), new("Tanzania", 1), new("Sierra Leone", 1), new("Liberia", 1),
        new("Saudiarabien", 1), new("Kuwait", 1), new("Taiwan", 1), new("Slovenien", 1), new("Dominikanska republiken", 1),
    ];

    /// <summary>
    /// Countries of birth of foreign-born persons aged 65 or more: the Finnish labour migration of the 1960s-70s and the
    /// Yugoslav and Chilean refugees of earlier decades weigh more.
    /// </summary>
    internal static readonly Country[] ForeignBorn65Plus =
    [
        new("Finland", 200), new("Jugoslavien", 60), new("Irak", 60), new("Bosnien och Hercegovina", 55),
        new("Tyskland", 55), new("Iran", 45), new("Danmark", 45), new("Polen", 40), new("Norge", 40), new("Syrien", 40),
        new("Turkiet", 30), new("Ungern", 25), new("Chile", 20), new("Estland", 15), new("Grekland", 15),
        new("Storbritannien", 12), new("Kroatien", 12), new("Serbien", 12), new("USA", 10), new("Libanon", 10),
        new("Ryssland", 10), new("Rumänien", 10), new("Italien", 10), new("Somalia", 8), new("Kina", 8),
        new("Thailand", 8), new("Afghanistan", 6), new("Nederländerna", 6), new("Österrike", 6), new("Indien", 6),
        new("Ukraina", 6), new("Etiopien", 5), new("Vietnam", 5), new("Lettland", 4), new("Pakistan", 4),
        new("Marocko", 4), new("Frankrike", 4), new("Spanien", 4), new("Eritrea", 3), new("Filippinerna", 3),
        new("Litauen", 3), new("Egypten", 3), new("Tjeckien", 3), new("Schweiz", 2), new("Island", 2),

        // The long tail.
        new("Kosovo", 3), new("Palestina", 3), new("Nordmakedonien", 3), new("Argentina", 2), new("Uruguay", 2),
        new("Bulgarien", 2), new("Belgien", 2), new("Kanada", 2), new("Sydkorea", 2), new("Brasilien", 2),
        new("Colombia", 2), new("Peru", 2), new("Tunisien", 2), new("Uganda", 2), new("Israel", 2), new("Albanien", 1),
        new("Portugal", 1), new("Irland", 1), new("Australien", 1), new("Japan", 1), new("Bangladesh", 1),
        new("Sri Lanka", 1), new("Kuba", 1), new("Jordanien", 1), new("Algeriet", 1), new("Kenya", 1),
        new("Gambia", 1), new("Nigeria", 1), new("Georgien", 1), new("Armenien", 1), new("Belarus", 1),
        new("Slovakien", 1), new("Slovenien", 1), new("Sydafrika", 1), new("Ecuador", 1),
    ];

    /// <summary>Education value for persons too young to have left compulsory school.</summary>
    internal const string EducationNotCompleted = "Ej avslutad";

    /// <summary>Persons younger than this get <see cref="EducationNotCompleted"/>; SCB's register starts at 16.</summary>
    internal const int EducationMinAge = 16;

    /// <summary>Highest level of education, SUN 2020 levels in SCB's wording.</summary>
    internal static readonly string[] EducationLevels =
    [
        "Förgymnasial", "Gymnasial", "Eftergymnasial <3 år", "Eftergymnasial >=3 år", "Forskarutbildning",
    ];

    /// <summary>Upper ages (inclusive) of the education bands (16-24, 25-34, ..., 65-74, 75+).</summary>
    internal static readonly int[] EducationBandUpperAge = [24, 34, 44, 54, 64, 74, 100];

    /// <summary>
    /// Women per 1000 in each education level by band: women under 55 are now more often university graduates than
    /// men, while the oldest cohorts mostly left school after compulsory education.
    /// </summary>
    internal static readonly int[][] EducationPermilleWomen =
    [
        [230, 640, 90, 40, 0],
        [90, 300, 140, 460, 10],
        [90, 290, 140, 465, 15],
        [90, 360, 150, 385, 15],
        [110, 420, 150, 305, 15],
        [180, 420, 140, 250, 10],
        [380, 350, 100, 160, 10],
    ];

    /// <summary>Men per 1000 in each education level by band (same bands as for women).</summary>
    internal static readonly int[][] EducationPermilleMen =
    [
        [270, 650, 60, 20, 0],
        [120, 420, 140, 310, 10],
        [120, 390, 140, 330, 20],
        [120, 440, 150, 270, 20],
        [140, 470, 150, 220, 20],
        [200, 440, 150, 190, 20],
        [360, 340, 130, 150, 20],
    ];

    /// <summary>Upper ages (inclusive) of the diagnosis age groups: 0, 1-4, 5-14, 15-24, ..., 75-84, 85+.</summary>
    internal static readonly int[] DiagnosisGroupUpperAge = [0, 4, 14, 24, 34, 44, 54, 64, 74, 84, 100];

    /// <summary>How a diagnosis' frequency varies with age; multipliers in tenths per diagnosis age group.</summary>
    internal enum AgeProfile
    {
        /// <summary>Same frequency at every age (injuries, epilepsy).</summary>
        Flat,

        /// <summary>Only at birth.</summary>
        Newborn,

        /// <summary>Mostly small children (infections, febrile convulsions).</summary>
        Child,

        /// <summary>Teenagers and young adults (appendicitis, migraine, asthma).</summary>
        Young,

        /// <summary>Childbearing ages, peaking at 25-34.</summary>
        Reproductive,

        /// <summary>Adults of working age.</summary>
        Adult,

        /// <summary>Psychiatric care: young adults to middle age.</summary>
        Psychiatric,

        /// <summary>Cancers and chronic disease peaking at 65-74.</summary>
        Midlife,

        /// <summary>Rising steeply with age (heart failure, stroke).</summary>
        Old,

        /// <summary>The oldest old (dementia, hip fracture).</summary>
        VeryOld,

        /// <summary>Both ends of life (pneumonia, urinary infection, dehydration).</summary>
        BothEnds,
    }

    /// <summary>Multipliers (tenths) by <see cref="AgeProfile"/> and diagnosis age group.</summary>
    internal static readonly int[][] ProfileMultipliers =
    [
        [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], // Flat
        [100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], // Newborn: every birth is registered, so it dominates age 0
        [30, 30, 15, 5, 2, 2, 2, 2, 2, 2, 2], // Child
        [0, 2, 10, 20, 15, 10, 6, 4, 3, 3, 3], // Young
        [0, 0, 0, 15, 25, 12, 1, 0, 0, 0, 0], // Reproductive
        [0, 0, 1, 5, 10, 10, 10, 10, 8, 6, 4], // Adult
        [0, 0, 3, 15, 15, 12, 10, 7, 4, 3, 2], // Psychiatric
        [0, 0, 1, 1, 2, 4, 9, 16, 22, 20, 12], // Midlife
        [0, 0, 0, 1, 1, 2, 4, 9, 20, 35, 45], // Old
        [0, 0, 0, 0, 0, 0, 0, 1, 8, 30, 60], // VeryOld
        [15, 15, 4, 2, 2, 3, 4, 8, 15, 25, 35], // BothEnds
    ];

    /// <summary>
    /// Length-of-stay multiplier by diagnosis age group: older patients stay longer for the same diagnosis (slower
    /// recovery, waiting for municipal care).
    /// </summary>
    internal static readonly double[] StayAgeFactor = [1.0, 0.8, 0.8, 0.9, 1.0, 1.0, 1.1, 1.2, 1.35, 1.5, 1.6];

    /// <summary>A diagnosis with the ages and sex it can occur in and its typical length of stay.</summary>
    /// <param name="Code">ICD-10(-SE) code.</param>
    /// <param name="Sex">'F' or 'M' when the diagnosis is sex-specific, 'A' otherwise.</param>
    /// <param name="MinAge">Youngest plausible age.</param>
    /// <param name="MaxAge">Oldest plausible age.</param>
    /// <param name="Profile">How the frequency varies with age.</param>
    /// <param name="MinStay">Minimum length of stay in days.</param>
    /// <param name="StayScale">Scale (mean) of the heavy-tailed extra stay in days, before the age factor.</param>
    internal readonly record struct Diagnosis(
        string Code, char Sex, int MinAge, int MaxAge, AgeProfile Profile, int MinStay, double StayScale);

    /// <summary>
    /// Diagnoses in roughly decreasing national frequency; the generator gives rank r the Zipf-like weight
    /// 100000 / (r + 4) before the age profile and the sex and age limits are applied.
    /// </summary>
    internal static readonly Diagnosis[] Diagnoses =
    [
        new("O80", 'F', 15, 49, AgeProfile.Reproductive, 1, 0.8), // single spontaneous delivery
        new("Z38.0", 'A', 0, 0, AgeProfile.Newborn, 1, 1.0), // singleton born in hospital
        new("I50.9", 'A', 18, 100, AgeProfile.Old, 1, 4.5), // heart failure
        new("J18.9", 'A', 0, 100, AgeProfile.BothEnds, 1, 3.5), // pneumonia
        new("I48.9", 'A', 18, 100, AgeProfile.Old, 0, 2.0), // atrial fibrillation
        new("I63.9", 'A', 18, 100, AgeProfile.Old, 2, 7.0), // cerebral infarction
        new("N39.0", 'A', 0, 100, AgeProfile.BothEnds, 1, 2.5), // urinary tract infection
        new("S72.0", 'A', 40, 100, AgeProfile.VeryOld, 2, 6.0), // femoral neck fracture
        new("I21.4", 'A', 25, 100, AgeProfile.Old, 2, 3.0), // NSTEMI
        new("F10.2", 'A', 15, 100, AgeProfile.Adult, 1, 4.0), // alcohol dependence
        new("F32.9", 'A', 10, 100, AgeProfile.Psychiatric, 2, 8.0), // depressive episode
        new("J44.1", 'A', 40, 100, AgeProfile.Old, 2, 4.0), // COPD exacerbation
        new("K80.2", 'A', 15, 100, AgeProfile.Adult, 1, 2.0), // gallstones
        new("E11.9", 'A', 20, 100, AgeProfile.Midlife, 1, 3.0), // type 2 diabetes
        new("F03", 'A', 65, 100, AgeProfile.VeryOld, 3, 10.0), // unspecified dementia
        new("R07.4", 'A', 15, 100, AgeProfile.Adult, 0, 1.0), // chest pain
        new("S06.0", 'A', 0, 100, AgeProfile.Flat, 0, 1.0), // concussion
        new("A41.9", 'A', 0, 100, AgeProfile.Old, 3, 6.0), // sepsis
        new("I21.9", 'A', 25, 100, AgeProfile.Old, 2, 3.0), // acute myocardial infarction
        new("G45.9", 'A', 30, 100, AgeProfile.Old, 1, 2.0), // TIA
        new("A46", 'A', 10, 100, AgeProfile.Old, 1, 3.0), // erysipelas
        new("K35.8", 'A', 2, 100, AgeProfile.Young, 1, 1.5), // acute appendicitis
        new("C34.9", 'A', 30, 100, AgeProfile.Midlife, 2, 5.0), // lung cancer
        new("C50.9", 'F', 25, 100, AgeProfile.Midlife, 1, 2.0), // breast cancer
        new("C61", 'M', 40, 100, AgeProfile.Midlife, 1, 2.5), // prostate cancer
        new("C18.9", 'A', 30, 100, AgeProfile.Midlife, 3, 5.0), // colon cancer
        new("F20.9", 'A', 15, 100, AgeProfile.Psychiatric, 3, 18.0), // schizophrenia
        new("K56.6", 'A', 20, 100, AgeProfile.Old, 2, 4.0), // intestinal obstruction
        new("E86", 'A', 0, 100, AgeProfile.BothEnds, 1, 2.0), // dehydration
        new("R10.4", 'A', 5, 100, AgeProfile.Young, 0, 1.0), // abdominal pain
        new("O70.0", 'F', 15, 49, AgeProfile.Reproductive, 1, 0.8), // first degree perineal laceration
        new("O34.2", 'F', 18, 49, AgeProfile.Reproductive, 2, 1.0), // uterine scar (caesarean)
        new("I26.9", 'A', 18, 100, AgeProfile.Midlife, 2, 3.0), // pulmonary embolism
        new("K57.3", 'A', 30, 100, AgeProfile.Midlife, 2, 3.0), // diverticulitis
        new("M17.1", 'A', 45, 100, AgeProfile.Midlife, 2, 2.0), // knee osteoarthritis
        new("M16.1", 'A', 45, 100, AgeProfile.Midlife, 2, 2.0), // hip osteoarthritis
        new("N17.9", 'A', 18, 100, AgeProfile.Old, 2, 5.0), // acute kidney injury
        new("F41.9", 'A', 12, 100, AgeProfile.Psychiatric, 1, 5.0), // anxiety disorder
        new("F43.2", 'A', 12, 100, AgeProfile.Psychiatric, 1, 6.0), // adjustment disorder
        new("J21.9", 'A', 0, 2, AgeProfile.Child, 2, 2.0), // bronchiolitis
        new("J06.9", 'A', 0, 100, AgeProfile.Child, 0, 1.0), // upper respiratory infection
        new("A09.9", 'A', 0, 100, AgeProfile.Child, 0, 1.5), // gastroenteritis
        new("R55", 'A', 10, 100, AgeProfile.Old, 0, 1.5), // syncope
        new("E87.1", 'A', 40, 100, AgeProfile.VeryOld, 2, 4.0), // hyponatraemia
        new("S52.5", 'A', 5, 100, AgeProfile.BothEnds, 0, 1.0), // distal radius fracture
        new("K92.2", 'A', 30, 100, AgeProfile.Old, 2, 3.0), // gastrointestinal haemorrhage
        new("K85.9", 'A', 18, 100, AgeProfile.Adult, 2, 4.0), // acute pancreatitis
        new("F31.9", 'A', 15, 100, AgeProfile.Psychiatric, 3, 14.0), // bipolar disorder
        new("F05.1", 'A', 70, 100, AgeProfile.VeryOld, 3, 8.0), // delirium superimposed on dementia
        new("G40.9", 'A', 0, 100, AgeProfile.Flat, 1, 2.0), // epilepsy
        new("J45.9", 'A', 2, 100, AgeProfile.Young, 0, 1.5), // asthma
        new("O48", 'F', 15, 49, AgeProfile.Reproductive, 1, 1.0), // prolonged pregnancy
        new("O42.0", 'F', 15, 49, AgeProfile.Reproductive, 1, 1.5), // premature rupture of membranes
        new("O24.4", 'F', 18, 49, AgeProfile.Reproductive, 1, 2.0), // gestational diabetes
        new("O14.1", 'F', 15, 49, AgeProfile.Reproductive, 2, 3.0), // severe pre-eclampsia
        new("O21.0", 'F', 15, 49, AgeProfile.Reproductive, 1, 1.5), // hyperemesis gravidarum
        new("O03.9", 'F', 15, 49, AgeProfile.Reproductive, 0, 0.5), // spontaneous abortion
        new("O00.9", 'F', 15, 49, AgeProfile.Reproductive, 1, 1.0), // ectopic pregnancy
        new("P07.3", 'A', 0, 0, AgeProfile.Newborn, 5, 12.0), // preterm newborn
        new("P59.9", 'A', 0, 0, AgeProfile.Newborn, 2, 2.0), // neonatal jaundice
        new("P22.1", 'A', 0, 0, AgeProfile.Newborn, 2, 2.0), // transient tachypnoea of newborn
        new("N40", 'M', 45, 100, AgeProfile.Old, 1, 2.0), // prostatic hyperplasia
        new("C62.9", 'M', 15, 55, AgeProfile.Adult, 1, 2.0), // testicular cancer
        new("N20.0", 'A', 18, 100, AgeProfile.Adult, 0, 1.5), // kidney stone
        new("N10", 'A', 10, 100, AgeProfile.Adult, 2, 2.5), // pyelonephritis
        new("L03.1", 'A', 5, 100, AgeProfile.Old, 2, 3.0), // cellulitis of limb
        new("U07.1", 'A', 0, 100, AgeProfile.Old, 2, 4.0), // COVID-19
        new("J10.1", 'A', 0, 100, AgeProfile.BothEnds, 1, 2.5), // influenza
        new("I10", 'A', 30, 100, AgeProfile.Old, 0, 1.5), // essential hypertension
        new("I25.1", 'A', 35, 100, AgeProfile.Midlife, 1, 2.0), // atherosclerotic heart disease
        new("I20.0", 'A', 30, 100, AgeProfile.Midlife, 1, 2.0), // unstable angina
        new("I61.9", 'A', 20, 100, AgeProfile.Old, 3, 10.0), // intracerebral haemorrhage
        new("I35.0", 'A', 50, 100, AgeProfile.VeryOld, 3, 4.0), // aortic stenosis
        new("I71.4", 'A', 50, 100, AgeProfile.Old, 3, 4.0), // abdominal aortic aneurysm
        new("I80.2", 'A', 18, 100, AgeProfile.Midlife, 1, 2.0), // deep vein thrombosis
        new("C25.9", 'A', 35, 100, AgeProfile.Midlife, 3, 5.0), // pancreatic cancer
        new("C43.9", 'A', 20, 100, AgeProfile.Midlife, 0, 1.0), // melanoma
        new("C67.9", 'A', 40, 100, AgeProfile.Old, 1, 3.0), // bladder cancer
        new("C64", 'A', 35, 100, AgeProfile.Midlife, 3, 4.0), // kidney cancer
        new("C71.9", 'A', 0, 100, AgeProfile.Midlife, 3, 6.0), // brain tumour
        new("C91.0", 'A', 0, 30, AgeProfile.Child, 5, 10.0), // acute lymphoblastic leukaemia
        new("C90.0", 'A', 40, 100, AgeProfile.Old, 3, 5.0), // multiple myeloma
        new("C85.9", 'A', 15, 100, AgeProfile.Midlife, 2, 5.0), // lymphoma
        new("C16.9", 'A', 35, 100, AgeProfile.Midlife, 3, 6.0), // stomach cancer
        new("C20", 'A', 35, 100, AgeProfile.Midlife, 3, 5.0), // rectal cancer
        new("C54.1", 'F', 40, 100, AgeProfile.Midlife, 2, 3.0), // endometrial cancer
        new("C56", 'F', 30, 100, AgeProfile.Midlife, 3, 5.0), // ovarian cancer
        new("C53.9", 'F', 20, 100, AgeProfile.Adult, 2, 4.0), // cervical cancer
        new("N83.2", 'F', 12, 60, AgeProfile.Young, 1, 1.0), // ovarian cyst
        new("D25.9", 'F', 25, 60, AgeProfile.Adult, 1, 2.0), // uterine leiomyoma
        new("N81.1", 'F', 40, 100, AgeProfile.Old, 1, 1.5), // cystocele
        new("N92.0", 'F', 12, 55, AgeProfile.Young, 0, 1.0), // menorrhagia
        new("K40.9", 'A', 0, 100, AgeProfile.Flat, 0, 1.0), // inguinal hernia
        new("K50.9", 'A', 10, 100, AgeProfile.Young, 2, 4.0), // Crohn's disease
        new("K51.9", 'A', 10, 100, AgeProfile.Young, 2, 4.0), // ulcerative colitis
        new("K70.3", 'A', 30, 100, AgeProfile.Adult, 3, 7.0), // alcoholic cirrhosis
        new("K29.7", 'A', 15, 100, AgeProfile.Adult, 0, 1.5), // gastritis
        new("K59.0", 'A', 0, 100, AgeProfile.BothEnds, 0, 1.5), // constipation
        new("E10.9", 'A', 1, 100, AgeProfile.Young, 1, 2.0), // type 1 diabetes
        new("E66.9", 'A', 15, 100, AgeProfile.Adult, 1, 2.0), // obesity
        new("E03.9", 'A', 15, 100, AgeProfile.Midlife, 0, 1.5), // hypothyroidism
        new("F41.1", 'A', 15, 100, AgeProfile.Psychiatric, 2, 6.0), // generalised anxiety disorder
        new("F43.1", 'A', 15, 100, AgeProfile.Psychiatric, 3, 12.0), // PTSD
        new("F10.0", 'A', 13, 100, AgeProfile.Young, 0, 1.0), // acute alcohol intoxication
        new("F50.0", 'F', 12, 35, AgeProfile.Young, 5, 20.0), // anorexia nervosa
        new("F90.0", 'A', 5, 50, AgeProfile.Young, 1, 4.0), // ADHD
        new("F84.0", 'A', 2, 40, AgeProfile.Child, 1, 4.0), // autism
        new("G43.9", 'A', 10, 70, AgeProfile.Young, 0, 1.0), // migraine
        new("G35", 'A', 18, 80, AgeProfile.Adult, 2, 4.0), // multiple sclerosis
        new("G20", 'A', 45, 100, AgeProfile.Old, 2, 6.0), // Parkinson's disease
        new("G30.1", 'A', 65, 100, AgeProfile.VeryOld, 3, 10.0), // Alzheimer's disease, late onset
        new("R56.0", 'A', 0, 5, AgeProfile.Child, 0, 1.0), // febrile convulsions
        new("R50.9", 'A', 0, 100, AgeProfile.Child, 0, 1.5), // fever
        new("R06.0", 'A', 15, 100, AgeProfile.Old, 0, 1.5), // dyspnoea
        new("R42", 'A', 15, 100, AgeProfile.Old, 0, 1.5), // dizziness
        new("S82.6", 'A', 10, 100, AgeProfile.Adult, 1, 3.0), // ankle fracture
        new("S42.2", 'A', 40, 100, AgeProfile.VeryOld, 1, 3.0), // proximal humerus fracture
        new("S32.0", 'A', 30, 100, AgeProfile.VeryOld, 2, 5.0), // lumbar vertebra fracture
        new("S22.3", 'A', 15, 100, AgeProfile.Old, 1, 3.0), // rib fracture
        new("T78.4", 'A', 0, 100, AgeProfile.Young, 0, 0.5), // allergy, unspecified
        new("T42.4", 'A', 12, 100, AgeProfile.Psychiatric, 0, 1.5), // benzodiazepine poisoning
        new("T81.4", 'A', 15, 100, AgeProfile.Midlife, 2, 5.0), // post-procedural infection
        new("M54.5", 'A', 18, 100, AgeProfile.Adult, 0, 2.0), // low back pain
        new("M51.1", 'A', 25, 80, AgeProfile.Adult, 1, 2.0), // lumbar disc disorder with radiculopathy
        new("M48.0", 'A', 45, 100, AgeProfile.Old, 2, 3.0), // spinal stenosis
        new("M06.9", 'A', 18, 100, AgeProfile.Midlife, 1, 3.0), // rheumatoid arthritis
        new("D50.9", 'A', 0, 100, AgeProfile.Old, 0, 1.5), // iron deficiency anaemia
        new("Z51.1", 'A', 0, 100, AgeProfile.Midlife, 0, 0.3), // chemotherapy session (day care)
        new("H25.9", 'A', 50, 100, AgeProfile.VeryOld, 0, 0.1), // senile cataract (day surgery)
        new("J15.9", 'A', 0, 100, AgeProfile.Old, 2, 5.0), // bacterial pneumonia
        new("J96.0", 'A', 18, 100, AgeProfile.Old, 3, 5.0), // acute respiratory failure
        new("J03.9", 'A', 2, 60, AgeProfile.Young, 0, 1.0), // acute tonsillitis
        new("J35.3", 'A', 2, 15, AgeProfile.Child, 0, 0.5), // hypertrophy of tonsils and adenoids
        new("B34.9", 'A', 0, 15, AgeProfile.Child, 0, 1.0), // viral infection
        new("I49.9", 'A', 15, 100, AgeProfile.Old, 0, 1.5), // cardiac arrhythmia
        new("N18.5", 'A', 20, 100, AgeProfile.Old, 3, 6.0), // chronic kidney disease stage 5
        new("C22.0", 'A', 40, 100, AgeProfile.Midlife, 3, 5.0), // liver cell carcinoma
    ];
}
