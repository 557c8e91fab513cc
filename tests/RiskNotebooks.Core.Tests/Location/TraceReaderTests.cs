using RiskNotebooks.Location;

namespace RiskNotebooks.Tests.Location;

public sealed class TraceReaderTests : IDisposable
{
    private readonly TempFiles files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void Loads_coordinates_users_and_places_and_sorts_each_trace_by_time()
    {
        var traces = TraceReader.LoadFromText("t", """
            uid,datetime,lat,lng
            b,2023-03-06 10:00:00,45.5,9.2
            a,2023-03-06 09:00:00,45.5,9.2
            b,2023-03-06 08:00:00,45.6,9.3
            a,2023-03-07 09:30:00,45.50,9.20
            """);
        Assert.Equal(2, traces.UserCount);
        Assert.Equal(4, traces.RecordCount);
        Assert.Equal(2, traces.PlaceCount); // 45.50 and 45.5 are the same number
        Assert.Equal(["b", "a"], traces.UserIds);
        Assert.Equal(new DateTime(2023, 3, 6), traces.Epoch);
        Assert.Equal(new DateTime(2023, 3, 6, 8, 0, 0), traces.Start);
        Assert.Equal(new DateTime(2023, 3, 7, 9, 30, 0), traces.End);
        Assert.True(traces.HasCoordinates);
        Assert.Equal(2, traces.RecordCountOf(0));
        // b's records are in time order: 08:00 at the second place, then 10:00 at the first.
        Assert.Equal([7 * 3600 + 3600, 10 * 3600], traces.Seconds.AsSpan(0, 2).ToArray());
        Assert.Equal([1, 0], traces.Places.AsSpan(0, 2).ToArray());
    }

    [Fact]
    public void Equal_times_keep_the_file_order()
    {
        var traces = TraceReader.LoadFromText("t", "uid,datetime,lat,lng\na,2023-03-06 10:00:00,1,1\na,2023-03-06 10:00:00,2,2\na,2023-03-06 09:00:00,3,3\n");
        Assert.Equal([2, 0, 1], traces.Places.ToArray());
    }

    [Theory]
    [InlineData("2023-03-06T08:30:00", 8 * 3600 + 1800)]
    [InlineData("2023-03-06 08:30", 8 * 3600 + 1800)]
    [InlineData("2023-03-06T08:30:00.250", 8 * 3600 + 1800)]
    [InlineData("2023-03-06T09:30:00+01:00", 9 * 3600 + 1800)] // the local clock time: the person's own hour
    [InlineData("2023-03-06T09:30:00-0500", 9 * 3600 + 1800)]
    [InlineData("2023-03-06T08:30:00Z", 8 * 3600 + 1800)]
    [InlineData("2023/3/6 8:30:00", 8 * 3600 + 1800)]
    [InlineData("1678091400", 8 * 3600 + 1800)]
    [InlineData("1678091400000", 8 * 3600 + 1800)]
    [InlineData("2023-03-06", 0)]
    public void Accepts_common_time_forms(string time, int secondsAfterMidnight)
    {
        var traces = TraceReader.LoadFromText("t", $"user_id,timestamp,latitude,longitude\nx,{time},45,9\n");
        Assert.Equal(new DateTime(2023, 3, 6), traces.Epoch);
        Assert.Equal(secondsAfterMidnight, traces.Seconds[0]);
    }

    [Theory]
    [InlineData("2023-02-30 08:00:00")]
    [InlineData("2023-03-06 24:00:00")]
    [InlineData("06/03/2023 08:00")]
    [InlineData("yesterday")]
    [InlineData("2023-03-06 08:00:00 CET")]
    public void A_bad_time_names_the_line_and_column_but_not_the_value(string time)
    {
        var e = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", $"uid,datetime,lat,lng\nx,2023-03-06 07:00:00,45,9\nsecret-user,{time},45,9\n"));
        Assert.Equal(3, e.Line);
        Assert.Equal(2, e.Column);
        Assert.Equal("datetime", e.ColumnName);
        Assert.Contains("not a date-time", e.Message);
        Assert.DoesNotContain(time, e.Message);
        Assert.DoesNotContain("secret-user", e.Message);
    }

    [Theory]
    [InlineData("91", "9", 3, "latitude out of range")]
    [InlineData("-90.5", "9", 3, "latitude out of range")]
    [InlineData("45", "180.1", 4, "longitude out of range")]
    [InlineData("45,5", "9", 3, "not a number")]
    [InlineData("NaN", "9", 3, "latitude out of range")]
    [InlineData("", "9", 3, "empty latitude")]
    public void Coordinates_out_of_range_are_errors(string lat, string lng, int column, string problem)
    {
        var e = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", $"uid,datetime,lat,lng\nx,2023-03-06 07:00:00,\"{lat}\",{lng}\n"));
        Assert.Equal(2, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Antenna_ids_take_their_coordinates_from_the_antenna_table()
    {
        var antennas = AntennaTable.LoadFromText("antennas.csv", "antenna_id,row,col,lat,lng\nA1,0,0,45.40,9.05\nA2,0,1,45.40,9.06\nA3,1,0,45.41,9.05\n");
        var traces = TraceReader.LoadFromText("t.csv", "uid,datetime,antenna_id\nu,2023-03-06 07:00:00,A2\nu,2023-03-06 08:00:00,A1\nv,2023-03-06 08:00:00,A2\n", new TraceLoadOptions { Antennas = antennas });
        Assert.Equal(3, antennas.Count);
        Assert.Equal(2, traces.PlaceCount); // only the antennas used
        Assert.Equal(new TracePlace("A2", 45.40, 9.06), traces.GetPlace(0));
        Assert.True(traces.HasCoordinates);
    }

    [Fact]
    public void An_unknown_antenna_is_an_error_that_names_the_line_and_the_antenna_file()
    {
        var antennas = AntennaTable.LoadFromText("antennas.csv", "cell_id,lat,lon\nA1,45.40,9.05\n");
        var e = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", "uid,datetime,cell_id\nu,2023-03-06 07:00:00,A1\nu,2023-03-06 08:00:00,SECRET9\n", new TraceLoadOptions { Antennas = antennas }));
        Assert.Equal(3, e.Line);
        Assert.Equal(3, e.Column);
        Assert.Contains("not in the antenna table (antennas.csv)", e.Message);
        Assert.DoesNotContain("SECRET9", e.Message);
    }

    [Fact]
    public void Location_ids_without_a_table_are_places_without_coordinates()
    {
        var traces = TraceReader.LoadFromText("t.csv", "uid,datetime,location,lat\nu,2023-03-06 07:00:00,L1,1\nu,2023-03-06 08:00:00,L2,1\nv,2023-03-06 08:00:00,L1,1\n");
        Assert.False(traces.HasCoordinates);
        Assert.Equal(2, traces.PlaceCount);
        Assert.Equal("L1", traces.GetPlace(0).Id);
        var e = Assert.Throws<InvalidOptionException>(() => Unicity.Measure(traces, new UnicityOptions { Spatial = SpatialResolution.Grid(1000) }));
        Assert.Equal("Spatial", e.OptionName);
    }

    [Fact]
    public void Antenna_table_errors_name_the_line()
    {
        var duplicate = Assert.Throws<InputFormatException>(() => AntennaTable.LoadFromText("a.csv", "id,lat,lng\nA,1,1\nB,2,2\nA,3,3\n"));
        Assert.Equal(4, duplicate.Line);
        Assert.Contains("repeated", duplicate.Message);
        var range = Assert.Throws<InputFormatException>(() => AntennaTable.LoadFromText("a.csv", "id,lat,lng\nA,100,1\n"));
        Assert.Equal(2, range.Line);
        Assert.Contains("latitude out of range", range.Message);
        Assert.Throws<InputFormatException>(() => AntennaTable.LoadFromText("a.csv", "name,x,y\nA,1,1\n"));
    }

    [Fact]
    public void A_user_column_missing_from_a_headerless_trace_file_does_not_print_its_first_record()
    {
        // Regression: --user-column on a headerless file listed the first record's values as column names.
        const string Secret = "anna.svensson@example.se";
        var e = Assert.Throws<UnknownColumnException>(() => TraceReader.LoadFromText("t.csv", $"{Secret},2023-03-06 07:00:00,59.33,18.06\n", new TraceLoadOptions { UserColumn = "uid" }));
        Assert.DoesNotContain(Secret, e.Message);
        Assert.DoesNotContain("59.33", e.Message);
        Assert.Contains("4 columns", e.Message);
        Assert.Contains("detected as ','", e.Message);
    }

    [Fact]
    public void Quoted_user_ids_that_differ_in_leading_white_space_are_different_users()
    {
        // Regression: " =1+1", "\t=1+1" and "=1+1" were trimmed to one user.
        var traces = TraceReader.LoadFromText("t.csv", "uid,datetime,lat,lng\n\" =1+1\",2023-03-06 07:00:00,59.33,18.06\n\"\t=1+1\",2023-03-06 08:00:00,59.34,18.07\n\"=1+1\",2023-03-06 09:00:00,59.35,18.08\n");
        Assert.Equal(3, traces.UserCount);
    }

    [Fact]
    public void Missing_columns_empty_users_ragged_rows_and_empty_files_are_errors()
    {
        var noCoordinates = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", "uid,datetime,x,y\nu,2023-03-06,1,1\n"));
        Assert.Contains("no coordinates", noCoordinates.Message);
        var noTime = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", "uid,when,lat,lng\nu,2023-03-06,1,1\n"));
        Assert.Contains("time column", noTime.Message);
        var noUser = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", "who,datetime,lat,lng\nu,2023-03-06,1,1\n"));
        Assert.Contains("no user id column (uid, user_id, user, ...) was found", noUser.Message);
        Assert.DoesNotContain("no a ", noUser.Message);
        var emptyUser = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", "uid,datetime,lat,lng\nu,2023-03-06,1,1\n,2023-03-06,1,1\n"));
        Assert.Equal(3, emptyUser.Line);
        Assert.Contains("empty user id", emptyUser.Message);
        var ragged = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", "uid,datetime,lat,lng\nu,2023-03-06,1\n"));
        Assert.Equal(2, ragged.Line);
        Assert.Contains("3 fields", ragged.Message);
        var headerOnly = Assert.Throws<InputFormatException>(() => TraceReader.LoadFromText("t.csv", "uid,datetime,lat,lng\n"));
        Assert.Contains("no records", headerOnly.Message);
        var named = Assert.Throws<UnknownColumnException>(() => TraceReader.LoadFromText("t.csv", "uid,datetime,lat,lng\nu,2023-03-06,1,1\n", new TraceLoadOptions { UserColumn = "person" }));
        Assert.Equal("person", named.ColumnName);
        var missing = Assert.Throws<InputFormatException>(() => TraceReader.Load(Path.Combine(files.Folder, "none.csv")));
        Assert.Contains("does not exist", missing.Message);
        var blank = Assert.Throws<InputFormatException>(() => TraceReader.Load(files.Write("blank.csv", "\n\n")));
        Assert.Contains("empty", blank.Message);
    }

    [Fact]
    public void Errors_in_a_file_count_lines_and_the_bundled_traces_load()
    {
        var path = files.Write("bad.csv", "uid;datetime;lat;lng\r\nu;2023-03-06 07:00:00;45;9\r\n\r\nu;2023-03-06 08:00:00;45;190\r\n");
        var e = Assert.Throws<InputFormatException>(() => TraceReader.Load(path));
        Assert.Equal(4, e.Line);
        Assert.Equal(4, e.Column);
        Assert.Contains(path, e.Message);

        var traces = TraceReader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "mobility", "traces_100.csv"));
        Assert.Equal(100, traces.UserCount);
        Assert.Equal(20_696, traces.RecordCount);
        Assert.Equal(1_240, traces.PlaceCount);
        var tiny = TraceReader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "mobility", "traces_tiny50.csv"));
        Assert.Equal(50, tiny.UserCount);
        Assert.Equal(756, tiny.RecordCount);
    }
}
