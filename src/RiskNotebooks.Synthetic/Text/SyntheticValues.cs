using System.Globalization;
using System.Text;
using RiskNotebooks.Synthetic.Registry;

namespace RiskNotebooks.Synthetic.Text;

/// <summary>Valid-looking identifiers made up from a seeded random source: none belongs to a real person by design.</summary>
/// <remarks>Personnummer use real dates and a correct Luhn digit (they must, to be found); the birth numbers are random.
/// Phone numbers use the ranges set aside for drama and examples where there are such (Ofcom's 07700 900xxx and 020 7946 0xxx,
/// the North American 555-01xx), else random numbers.</remarks>
internal static class SyntheticValues
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    internal static string Digits(Random r, int n)
    {
        var s = new StringBuilder(n);
        for (var i = 0; i < n; i++)
        {
            s.Append((char)('0' + r.Next(10)));
        }

        return s.ToString();
    }

    internal static char LuhnDigit(string nineDigits)
    {
        var sum = 0;
        for (var i = 0; i < nineDigits.Length; i++)
        {
            var d = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>A personnummer (or samordningsnummer) for a birth date, in one of the written forms.</summary>
    internal static string Personnummer(Random r, DateOnly birth, bool samordning, int form)
    {
        var day = birth.Day + (samordning ? 60 : 0);
        var nine = string.Create(Invariant, $"{birth.Year % 100:D2}{birth.Month:D2}{day:D2}{r.Next(1000):D3}");
        var ten = nine + LuhnDigit(nine);
        var century = (birth.Year / 100).ToString("D2", Invariant);
        return form switch
        {
            0 => ten[..6] + "-" + ten[6..],
            1 => century + ten[..6] + "-" + ten[6..],
            2 => century + ten,
            _ => ten,
        };
    }

    /// <summary>A personnummer-like number that fails: a wrong check digit or an impossible date.</summary>
    internal static string InvalidPersonnummer(Random r)
    {
        var nine = string.Create(Invariant, $"{r.Next(40, 99):D2}{r.Next(1, 13):D2}{r.Next(1, 29):D2}{r.Next(1000):D3}");
        if (r.Next(2) == 0)
        {
            var check = (char)('0' + (((LuhnDigit(nine) - '0') + 1 + r.Next(8)) % 10));
            return nine[..6] + "-" + nine[6..] + check;
        }

        var month = r.Next(13, 20);
        var bad = string.Create(Invariant, $"{nine[..2]}{month:D2}{nine[4..]}");
        return bad[..6] + "-" + bad[6..] + LuhnDigit(bad);
    }

    internal static string Organisationsnummer(Random r)
    {
        var nine = "55" + r.Next(6, 10).ToString(Invariant) + Digits(r, 6);
        var ten = nine + LuhnDigit(nine);
        return ten[..6] + "-" + ten[6..];
    }

    internal static string SwedishPhone(Random r)
    {
        var mobile = "07" + "02369"[r.Next(5)] + Digits(r, 7);
        return r.Next(6) switch
        {
            0 => $"{mobile[..3]}-{mobile[3..6]} {mobile[6..8]} {mobile[8..]}",
            1 => $"{mobile[..3]} {mobile[3..6]} {mobile[6..8]} {mobile[8..]}",
            2 => mobile,
            3 => $"+46 {mobile[1..3]} {mobile[3..6]} {mobile[6..8]} {mobile[8..]}",
            4 => "08-" + Digits(r, 3) + " " + Digits(r, 3) + " " + Digits(r, 2),
            _ => "0" + "13456"[r.Next(5)] + Digits(r, 1) + "-" + Digits(r, 2) + " " + Digits(r, 2) + " " + Digits(r, 2),
        };
    }

    internal static string EnglishPhone(Random r) => r.Next(5) switch
    {
        0 => "+44 20 7946 0" + Digits(r, 3),
        1 => "020 7946 0" + Digits(r, 3),
        2 => "07700 900" + Digits(r, 3),
        3 => "(" + r.Next(201, 990).ToString(Invariant) + ") 555-01" + Digits(r, 2),
        _ => "+1 " + r.Next(201, 990).ToString(Invariant) + " 555 01" + Digits(r, 2),
    };

    internal static string Email(Random r, string first, string last, string domain)
    {
        var local = r.Next(3) switch
        {
            0 => Ascii(first) + "." + Ascii(last),
            1 => Ascii(first)[0] + Ascii(last) + r.Next(10, 99).ToString(Invariant),
            _ => Ascii(first) + r.Next(1950, 2005).ToString(Invariant),
        };
        return local + "@" + domain;
    }

    private static string Ascii(string s)
    {
        var normalized = s.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var b = new StringBuilder();
        foreach (var c in normalized)
        {
            if (c is >= 'a' and <= 'z')
            {
                b.Append(c);
            }
        }

        return b.Length == 0 ? "x" : b.ToString();
    }

    internal static string IPv4(Random r) => r.Next(4) switch
    {
        0 => $"192.168.{r.Next(256)}.{r.Next(1, 255)}",
        1 => $"10.{r.Next(256)}.{r.Next(256)}.{r.Next(1, 255)}",
        2 => $"203.0.113.{r.Next(1, 255)}",
        _ => $"198.51.100.{r.Next(1, 255)}",
    };

    internal static string IPv6(Random r) => $"2001:db8:{r.Next(0x10000):x}:{r.Next(0x10000):x}::{r.Next(1, 0x10000):x}";

    /// <summary>An IBAN with correct check digits (ISO 13616), written in groups of four.</summary>
    internal static string Iban(Random r, string country)
    {
        var bban = country == "GB" ? "NWBK" + Digits(r, 14) : Digits(r, 20);
        var numeric = new StringBuilder();
        foreach (var c in bban + country + "00")
        {
            numeric.Append(char.IsLetter(c) ? (c - 'A' + 10).ToString(Invariant) : c.ToString());
        }

        var remainder = 0;
        foreach (var c in numeric.ToString())
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        var iban = country + (98 - remainder).ToString("D2", Invariant) + bban;
        var grouped = new StringBuilder();
        for (var i = 0; i < iban.Length; i += 4)
        {
            if (i > 0)
            {
                grouped.Append(' ');
            }

            grouped.Append(iban.AsSpan(i, Math.Min(4, iban.Length - i)));
        }

        return grouped.ToString();
    }

    /// <summary>A postcode inside the municipality's prefixes, as the registry generator makes them.</summary>
    internal static string SwedishPostcode(Random r, SwedishReferenceData.Municipality m)
    {
        var prefix = r.Next(m.PrefixFirst, m.PrefixLast + 1);
        return string.Create(Invariant, $"{prefix:D3} {r.Next(0, 100):D2}");
    }

    internal static string BritishPostcode(Random r)
    {
        const string Letters = "ABCDEFGHJKLMNPRSTUWYZ";
        var area = r.Next(2) == 0 ? Letters[r.Next(Letters.Length)].ToString() : string.Concat(Letters[r.Next(Letters.Length)], Letters[r.Next(Letters.Length)]);
        return string.Create(Invariant, $"{area}{r.Next(1, 20)} {r.Next(10)}{"ABDEFGHJLNPQRSTUWXYZ"[r.Next(20)]}{"ABDEFGHJLNPQRSTUWXYZ"[r.Next(20)]}");
    }
}
