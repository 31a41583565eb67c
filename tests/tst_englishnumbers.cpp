#include "numbers/englishnumbers.h"

#include "quantityrows.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace QuantityRows;

// English numbers: parse() on bare numbers, scan() on phrases (span, value, range, approximation,
// form, unit), and the English text of the sample article.
class TestEnglishNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void scan_data();
    void scan();
    void sampleParagraph();
    void spansAreOrderedAndDisjoint();
    void randomText();
};

static void parseRow(const char *number, double value)
{
    QTest::addRow("%s", number) << QString::fromUtf8(number) << value;
}

void TestEnglishNumbers::parse_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<double>("value");
    parseRow("15,350", 15350);
    parseRow("5.48 billion", 5.48e9);
    parseRow("100 million", 1e8);
    parseRow("1.50948 billion", 1509480000);
    parseRow("8,762 million", 8.762e9);
    parseRow("7,510,000", 7510000);
    parseRow("0.5", 0.5);
    parseRow("29.92", 29.92);
    parseRow("1,000", 1000);
    parseRow("12", 12);
    parseRow("nine", 9);
    parseRow("Nine", 9);
    parseRow("seventy", 70);
    parseRow("twenty-three", 23);
    parseRow("ninety-nine", 99);
    parseRow("a dozen", 12);
    parseRow("two dozen", 24);
    parseRow("a hundred", 100);
    parseRow("a hundred and five", 105);
    parseRow("one hundred and sixty-two", 162);
    parseRow("two thousand", 2000);
    parseRow("twenty thousand", 20000);
    parseRow("three thousand five hundred", 3500);
    parseRow("three million", 3e6);
    parseRow("Twelve Million", 1.2e7);
    parseRow("one and a half", 1.5);
    parseRow("four and a half", 4.5);
    parseRow("a thousand", 1000);
    parseRow("a million", 1e6);
    parseRow("", kNone);
    parseRow("first", kNone);
    parseRow("half", kNone);
    parseRow("a", kNone);
    parseRow("one two", kNone);
    parseRow("ten apples", kNone);
    parseRow("abc", kNone);
    parseRow("1st", kNone);
    parseRow("doubled", kNone);
    parseRow("twenty twenty", kNone);
}

void TestEnglishNumbers::parse()
{
    QFETCH(QString, number);
    QFETCH(double, value);
    const std::optional<double> parsed = EnglishNumbers::parse(number);
    if (qIsNaN(value)) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, value);
}

void TestEnglishNumbers::scan_data()
{
    addColumns();

    // Approximation words.
    row("attended by more than 10,000 representatives", "more than 10,000", 10000, F::Number, A::More,
        "representatives");
    row("a surplus of over 100 million yuan", "over 100 million yuan", 1e8, F::Number, A::More, "yuan");
    row("has nearly 3 mu of tea", "nearly 3", 3, F::Number, A::Less, "mu");
    row("almost 50% of the farmers", "almost 50%", 50, F::Percent, A::Less, "percent");
    row("for about 77% of the total", "about 77%", 77, F::Percent, A::About, "percent");
    row("around 200 people came", "around 200", 200, F::Number, A::About, "people");
    row("producing approximately 600,000 dan annually", "approximately 600,000", 600000, F::Number, A::About,
        "dan");
    row("some 300 workers", "some 300", 300, F::Number, A::About, "workers");
    row("at least 20 tons of coal", "at least 20", 20, F::Number, A::More, "ton");
    row("requires less than 2,000 yuan", "less than 2,000 yuan", 2000, F::Number, A::Less, "yuan");
    row("under 5 percent of", "under 5 percent", 5, F::Percent, A::Less, "percent");
    row("up to 40 tons", "up to 40", 40, F::Number, A::Less, "ton");
    row("Over 70% of Cities", "Over 70%", 70, F::Percent, A::More, "percent");
    row("no less than 90 percent", "no less than 90 percent", 90, F::Percent, A::More, "percent");
    row("roughly 1,000 yuan", "roughly 1,000 yuan", 1000, F::Number, A::About, "yuan");
    row("into 28,150+ advanced cooperatives", "28,150+", 28150, F::Number, A::More, "cooperatives");
    row("thirty-odd villages", "thirty-odd", 30, F::Number, A::More, "villages");
    row("ten or more stations", "ten or more", 10, F::Number, A::More, "stations");
    row("expand by about 4 million mu", "about 4 million", 4e6, F::Number, A::About, "mu");

    // Percentages.
    row("increased by 16.4% compared", "16.4%", 16.4, F::Percent, A::Exact, "percent");
    row("increased by 70.6 percent compared", "70.6 percent", 70.6, F::Percent, A::Exact, "percent");
    row("rose 16.4 per cent", "16.4 per cent", 16.4, F::Percent, A::Exact, "percent");
    row("fell 2 percentage points", "2 percentage points", 2, F::Percent, A::Exact, "percent");
    row("increased by 29.92%.", "29.92%", 29.92, F::Percent, A::Exact, "percent");
    // Ranges after "between … and", with a half on either side; "from … to" unless a verb of change
    // makes it two levels.
    rangeRow("is one to one and a half jin of cotton", "one to one and a half", 1, 1.5, "jin");
    rangeRow("Between two and a half and three head were", "Between two and a half and three", 2.5, 3,
             "head");
    rangeRow("between two and two and a half head", "between two and two and a half", 2, 2.5, "head");
    rangeRow("between 3 and 5 million yuan", "between 3 and 5 million yuan", 3e6, 5e6, "yuan");
    rangeRow("ranging from seven to thirty-nine days", "seven to thirty-nine", 7, 39, "days");
    rangeRow("from 10 to 20 percent of the land", "10 to 20 percent", 10, 20, "percent", F::Percent);
    row("it increased from 53 percent to 64 percent", "53 percent", 53, F::Percent, A::Exact, "percent");
    row("it increased from 53 percent to 64 percent", "64 percent", 64, F::Percent, A::Exact, "percent");
    row("the number rose from 69 to 141, it", "141", 141);
    row("between two villages", "two", 2, F::Number, A::Exact, "villages");
    rangeRow("is 15% to 30% higher", "15% to 30%", 15, 30, "percent", F::Percent);
    rangeRow("by 11 to 14 percent", "11 to 14 percent", 11, 14, "percent", F::Percent);

    // Fractions and multiples.
    row("accounts for one-third of their income", "one-third", 0.3333, F::Fraction);
    row("two-thirds of the members", "two-thirds", 0.6667, F::Fraction, A::Exact, "members");
    row("a third of the land", "a third", 0.3333, F::Fraction, A::Exact, "land");
    row("organize half of the farmers", "half", 0.5, F::Fraction, A::Exact, "farmers");
    row("three quarters of the output", "three quarters", 0.75, F::Fraction, A::Exact, "output");
    row("a quarter of the crop", "a quarter", 0.25, F::Fraction, A::Exact, "crop");
    row("a maximum of half a ton", "half", 0.5, F::Fraction, A::Exact, "ton");
    row("also doubled the work efficiency", "doubled", 2, F::Multiple);
    row("output tripled", "tripled", 3, F::Multiple);
    row("a threefold increase", "threefold", 3, F::Multiple);
    row("a 3-fold increase", "3-fold", 3, F::Multiple);
    row("is five times that of", "five times", 5, F::Multiple);
    row("supplied more than twice as many", "more than twice", 2, F::Multiple, A::More);
    row("more than double the amount", "more than double", 2, F::Multiple, A::More);
    row("nearly double the amount", "nearly double", 2, F::Multiple, A::Less);
    rangeRow("increased by one or two times", "one or two times", 2, 3, "", F::Multiple); // 增加一两倍
    row("output increased by four times", "four times", 5, F::Multiple);
    // Below zero; a hyphen after a digit stays a range mark.
    row("fell to minus 60 degrees", "minus 60", -60, F::Number, A::Exact, "degree");
    row("1,171 jin and 7 liang per mu", "1,171 jin and 7 liang", 1171.4375, F::Number, A::Exact, "jin");
    row("a loss of -504 tons", "-504", -504, F::Number, A::Exact, "ton");
    rangeRow("10-15 tons", "10-15", 10, 15, "ton");
    rangeRow("were five to six thousand people", "five to six thousand", 5000, 6000, "people");
    rangeRow("3 to 5 million yuan", "3 to 5 million yuan", 3e6, 5e6, "yuan");
    // Every currency is money (FigureExtractor::kindOf, tst_figureextractor); the unit as written.
    row("5 million rubles", "5 million", 5e6, F::Number, A::Exact, "rubles");
    row("300 dollars", "300", 300, F::Number, A::Exact, "dollars");
    row("it grew 3 times over", "3 times", 4, F::Multiple);
    row("four times more than in 1952", "four times", 5, F::Multiple);
    row("is four times that of 1952", "four times", 4, F::Multiple);
    row("a fourfold increase", "fourfold", 4, F::Multiple);
    row("four and a half times greater", "four and a half times", 4.5, F::Multiple);
    row("plowed twice", "twice", 2, F::Multiple);

    // Ranges.
    rangeRow("held two or three such meetings", "two or three", 2, 3);
    rangeRow("for 10-15 days", "10-15", 10, 15, "days");
    rangeRow("an average of 50 to 100 jin", "50 to 100", 50, 100, "jin");
    rangeRow("to 3,500 or 4,000 credit cooperatives", "3,500 or 4,000", 3500, 4000, "credit");
    rangeRow("seven to eight hours", "seven to eight", 7, 8, "hours");
    rangeRow("a record of 7 to 13 tons", "7 to 13", 7, 13, "ton");
    row("rose from 4 to 10", "4", 4);
    row("rose from 4 to 10", "10", 10);

    // Word numbers and counted nouns.
    row("nine counties have convened", "nine", 9, F::Number, A::Exact, "counties");
    row("buy a dozen eggs", "a dozen", 12, F::Number, A::Exact, "eggs");
    row("a hundred and five households", "a hundred and five", 105, F::Number, A::Exact, "households");
    row("dig one hundred and sixty-two ditches", "one hundred and sixty-two", 162, F::Number, A::Exact,
        "ditches");
    row("more than two thousand teachers", "more than two thousand", 2000, F::Number, A::More, "teachers");
    row("Cotton Production by Twelve Million Catties", "Twelve Million", 1.2e7, F::Number, A::Exact, "jin");
    row("about one and a half months ahead", "about one and a half", 1.5, F::Number, A::About, "months");
    row("only one factory was rated", "one", 1, F::Number, A::Exact, "factory");
    row("twenty-four empty rooms", "twenty-four", 24, F::Number, A::Exact, kAny);
    row("signed 13 contracts", "13", 13, F::Number, A::Exact, "contracts");
    row("5,500 new credit cooperatives", "5,500", 5500, F::Number, A::Exact, "credit");
    row("more than 14,000 pre-purchase contracts", "more than 14,000", 14000, F::Number, A::More,
        "pre-purchase");
    row("A six-story building", "six", 6, F::Number, A::Exact, "story");
    // Scales with halves, fractions and scales of their own; fractions in digits; a leading point.
    row("one and a half million people", "one and a half million", 1.5e6, F::Number, A::Exact, "people");
    row("two and a half thousand jin", "two and a half thousand", 2500, F::Number, A::Exact, "jin");
    row("five billion and three quarters yuan", "five billion and three quarters yuan", 5.75e9, F::Number,
        A::Exact, "yuan");
    row("two thousand million yuan", "two thousand million yuan", 2e9, F::Number, A::Exact, "yuan");
    row("three million and one", "three million and one", 3000001);
    row("3/4 of the land", "3/4", 0.75, F::Fraction, A::Exact, "land");
    row("more than 1/2 of households", "more than 1/2", 0.5, F::Fraction, A::More, "households");
    row("costs .45 yuan", ".45 yuan", 0.45, F::Number, A::Exact, "yuan");
    row("rose 3½ per cent", "3½ per cent", 3.5, F::Percent, A::Exact, "percent");
    row("by 3 1/2 percent", "3 1/2 percent", 3.5, F::Percent, A::Exact, "percent");
    row("the \"-504\" figure", "-504", -504);
    row("the 1952/53 season", "1952", 1952, F::Date);
    row("from one county to ten", "one", 1, F::Number, A::Exact, "county");
    row("one county was added", "one", 1, F::Number, A::Exact, "county");
    none("one credit cooperative for every township");
    none("one tractor per village");
    row("The output value increased sevenfold", "sevenfold", 7, F::Multiple);
    // Verbs of approximation and currencies written before the number.
    row("the pig population has exceeded 130 million", "exceeded 130 million", 1.3e8, F::Number, A::More);
    row("this proportion has approached 50% in", "approached 50%", 50, F::Percent, A::Less, "percent");
    row("the 240-plus large enterprises", "240-plus", 240, F::Number, A::More, "enterprises");
    row("Donates RMB 2 billion to", "RMB 2 billion", 2e9, F::Number, A::Exact, "yuan");
    row("It cost $2000.", "$2000", 2000, F::Number, A::Exact, "dollar");
    row("a loan of US$5 million", "US$5 million", 5e6, F::Number, A::Exact, "dollar");
    row("421,941 Indian rupees", "421,941", 421941, F::Number, A::Exact, "rupees");
    row("more than 530 *shi* of grain", "more than 530", 530, F::Number, A::More, "shi");
    row("1.22 pounds of cotton", "1.22", 1.22, F::Number, A::Exact, "pound");
    row("ten cartloads of manure", "ten", 10, F::Number, A::Exact, "cartload");
    row("a more than 500-kilometer section", "more than 500", 500, F::Number, A::More, "km");
    row("around minus thirty degrees Celsius", "around minus thirty", -30, F::Number, A::About, "degree");
    row("output quintupled", "quintupled", 5, F::Multiple);
    row("more than double the 1957 output", "more than double", 2, F::Multiple, A::More);
    row("nearly double that of last year", "nearly double", 2, F::Multiple, A::Less);
    // Vague quantities with no number in them are not figures (几百, 几十 likewise); a dozen is twelve.
    none("hundreds of rice baskets");
    none("thousands of people");
    none("tens of thousands of workers");
    none("dozens of villages");
    none("several hundred households");
    none("a few thousand jin");
    none("several hundred thousand to several million yuan");
    row("a dozen villages", "a dozen", 12, F::Number, A::Exact, "villages");
    row("more than a dozen income items", "more than a dozen", 12, F::Number, A::More, "income");
    row("thirty-odd counties", "thirty-odd", 30, F::Number, A::More, "counties");
    row("there were 3,793 groups", "3,793", 3793, F::Number, A::Exact, "groups");

    // Measures and money.
    row("irrigate 35,000 tons", "35,000", 35000, F::Number, A::Exact, "ton");
    row("dug 48 meters more", "48", 48, F::Number, A::Exact, "m");
    row("a load of 408 hectares", "408", 408, F::Number, A::Exact, "hectare");
    row("exceeds 1.3 million square meters", "exceeds 1.3 million", 1.3e6, F::Number, A::More, "m2");
    row("pigs of 20 kilograms", "20", 20, F::Number, A::Exact, "kg");
    row("a road of 15 kilometers", "15", 15, F::Number, A::Exact, "km");
    row("600,000 piculs of", "600,000", 600000, F::Number, A::Exact, "dan");
    row("ordered 90,000 catties of cottonseed", "90,000", 90000, F::Number, A::Exact, "jin");
    row("more than 7,000担 of silkworm cocoons", "more than 7,000", 7000, F::Number, A::More, "dan");
    row("walked 100 li", "100", 100, F::Number, A::Exact, "li");
    row("a product value of 5.48 billion yuan.", "5.48 billion yuan", 5.48e9, F::Number, A::Exact, "yuan");
    row("reduced by 1,000 yuan.", "1,000 yuan", 1000, F::Number, A::Exact, "yuan");
    row("cost 300 Yuan", "300 Yuan", 300, F::Number, A::Exact, "yuan");
    row("2000 tons of steel", "2000", 2000, F::Number, A::Exact, "ton");
    row("1,953 households", "1,953", 1953, F::Number, A::Exact, "households");

    // Dates.
    row("began in 1956", "1956", 1956, F::Date);
    row("compared to December 1953.", "December 1953", 1953, F::Date);
    row("Paris, June 1st -- The", "June 1st", 6, F::Date);
    row("on the 1st and issued", "1st", 1, F::Date);
    row("statistics from January 27th, 118", "January 27th", 1, F::Date);
    row("from May 9 to June 1, 1966.", "May 9", 5, F::Date);
    row("from May 9 to June 1, 1966.", "June 1, 1966", 1966, F::Date);
    row("Date: 1954-06-22", "1954-06-22", 1954, F::Date);
    row("completed in the third quarter of this year", "third quarter", 3, F::Date);
    row("in the first quarter", "first quarter", 1, F::Date);
    row("From November 21st to 29th, the", "29th", 29, F::Date);
    row("from March 28 to 31. A", "31", 31, F::Date);
    row("in the 1950s", "1950s", 1950, F::Date);
    row("of the past two years.", "two years", 2, F::Number, A::Exact, "year"); // a duration
    // Durations: numbers with their unit of time, never dates.
    row("in the past four years", "four years", 4, F::Number, A::Exact, "year");
    row("over 3 years the", "over 3 years", 3, F::Number, A::More, "year");
    row("for ten years.", "ten years", 10, F::Number, A::Exact, "year");
    row("a 1 year loan", "1 year", 1, F::Number, A::Exact, "year");
    row("the Five-Year Plan", "Five-Year", 5, F::Date);
    row("Xinhua News Agency, 31st - In", "31st", 31, F::Date);
    // Clock times are dates (十五时十七分 likewise).
    row("on October 1, at 15:17 the", "15:17", 15, F::Date);
    row("from 21:10 on the same day", "21:10", 21, F::Date);
    row("to 2:37 on October 2", "2:37", 2, F::Date);
    row("Today, around two o'clock, a", "two o'clock", 2, F::Date);
    row("at 6 a.m. the", "6 a.m.", 6, F::Date);
    row("at 10:30 pm, the", "10:30 pm", 10, F::Date);
    row("a ratio of 3:1 was", "3", 3, F::Number);
    row("commenced on December 31, 1953.", "December 31, 1953", 1953, F::Date);
    row("the 1957 target", "1957", 1957, F::Date);
    row("on 27 January the", "27 January", 1, F::Date);

    // Ordinals.
    row("for the first time.", "first", 1, F::Ordinal, A::Exact, "time");
    row("the second grade", "second", 2, F::Ordinal, A::Exact, "grade");
    row("finished 3rd", "3rd", 3, F::Ordinal);
    row("the 3rd District", "3rd", 3, F::Ordinal);
    row("Machinery Factory No. 10, the", "No. 10", 10, F::Ordinal);
    row("in accordance with Article 1 of the Treaty", "1", 1, F::Ordinal);
    row("In Bagong Village, District Two, the land", "Two", 2, F::Ordinal);
    row("members of Team 3 said", "3", 3, F::Ordinal);
    row("the team of 3 people", "3", 3, F::Number, A::Exact, "people");
    row("during the 1931 floods, the", "1931", 1931, F::Date);
    row("He bought 1958 tons", "1958", 1958, F::Number, A::Exact, "ton");
    row("the twenty-first century", "twenty-first", 21, F::Ordinal, A::Exact, "century");
    row("Page: 2", "2", 2, F::Ordinal);
    row("work:\n2.  Mobilize the masses", "2", 2, F::Ordinal);

    // No figures at all.
    for (const char *text : {"one of the main producing areas",
                             "no one knows",
                             "help one another",
                             "one-time storage",
                             "a book",
                             "someone",
                             "one by one",
                             "double-share plows",
                             "(32mo) magazines",
                             "on the one hand",
                             "each one",
                             "A3 paper",
                             "this quarter",
                             "in the thousands",
                             "on one side",
                             "May we go",
                             "the tens",
                             "striving for Twenty-Count Yarn",
                             "production of 42-count yarn",
                             "an average of one for every",
                             "one for each township",
                             "of the types, one is fixed",
                             "became a \"100-jin ginned cotton district\"",
                             "The \"10,000-mu high-yield plot\" has",
                             "double (single-share) ploughs",
                             "the \"double exceeding\" call"})
        none(text);
}

void TestEnglishNumbers::scan()
{
    QFETCH(QString, text);
    verify(EnglishNumbers::scan(text));
}

// The English text of the sample article: its figures, in order, and its dates and ordinals.
void TestEnglishNumbers::sampleParagraph()
{
    QFile file(QStringLiteral(DUIZHAO_TEST_DATA
                              "/corpus/rmrb/1954.06/1954-06-22_西南各地加强对手工业者的教育和领导.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    text.truncate(text.indexOf(QLatin1String("<hr />")));
    text = text.mid(text.indexOf(QLatin1String("Since the Southwest")));
    struct Expected
    {
        const char *span;
        double value;
        A approx;
        const char *unit;
    };
    const Expected expected[] = {
        {"more than 10,000", 10000, A::More, "representatives"},
        {"70%", 70, A::Exact, "percent"},
        {"nine", 9, A::Exact, "counties"},
        {"two or three", 2, A::Exact, ""},
        {"more than 15,350", 15350, A::More, "contracts"},
        {"5.48 billion yuan", 5.48e9, A::Exact, "yuan"},
        {"more than 80", 80, A::More, "counties"},
        {"more than 23,000", 23000, A::More, "handicraft"},
        {"16.4%", 16.4, A::Exact, "percent"},
        {"1,000 yuan", 1000, A::Exact, "yuan"},
        {"31%", 31, A::Exact, "percent"},
        {"over 100 million yuan", 1e8, A::More, "yuan"},
        {"80%", 80, A::Exact, "percent"},
        {"two years", 2, A::Exact, "year"},
        {"369", 369, A::Exact, "handicraft"},
        {"more than 12,300", 12300, A::More, "members"},
        {"3,793", 3793, A::Exact, "handicraft"},
        {"more than 89,500", 89500, A::More, "members"},
        {"more than 87 billion yuan", 8.7e10, A::More, "yuan"},
        {"29.92%", 29.92, A::Exact, "percent"},
    };
    Quantities figures;
    QStringList others;
    for (const Quantity &q : EnglishNumbers::scan(text)) {
        if (q.isFigure())
            figures << q;
        else
            others << text.mid(q.range.start, q.range.length());
    }
    QCOMPARE(figures.size(), int(std::size(expected)));
    for (int k = 0; k < figures.size(); ++k) {
        QCOMPARE(text.mid(figures[k].range.start, figures[k].range.length()),
                 QString::fromUtf8(expected[k].span));
        QCOMPARE(figures[k].value, expected[k].value);
        QCOMPARE(figures[k].approx, expected[k].approx);
        QCOMPARE(figures[k].unit, QString::fromUtf8(expected[k].unit));
    }
    QCOMPARE(figures[3].high, 3.0);
    QCOMPARE(others, QStringList({QStringLiteral("first"), QStringLiteral("third quarter"),
                                  QStringLiteral("December 1953"), QStringLiteral("first quarter")}));
}

void TestEnglishNumbers::spansAreOrderedAndDisjoint()
{
    QDir dir(QStringLiteral(DUIZHAO_TEST_DATA "/corpus/rmrb"));
    int files = 0;
    for (const QFileInfo &month : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo &info : QDir(month.filePath()).entryInfoList({QStringLiteral("*.md")})) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            int end = 0;
            for (const Quantity &q : EnglishNumbers::scan(text)) {
                QVERIFY(q.range.start >= end && q.range.end > q.range.start && q.range.end <= text.size());
                QVERIFY(q.low <= q.high);
                end = q.range.end;
            }
            ++files;
        }
    }
    QVERIFY(files >= 30);
}

void TestEnglishNumbers::randomText()
{
    // Number words, markers and units in random order: every span must stay inside the text.
    const QStringList pieces =
        QStringLiteral("one two twenty three- hundred thousand million a dozen half third "
                       "quarter first 1st 31 1953 15,350 5.48 - % percent per cent or to "
                       "and more than over about nearly times fold doubled of the yuan "
                       "tons mu No. Page: ( ) 1. 2, May June 12th years +")
            .split(QLatin1Char(' '));
    QRandomGenerator random(7);
    for (int k = 0; k < 20000; ++k) {
        QString text;
        for (int len = random.bounded(12); len > 0; --len)
            text += pieces.at(random.bounded(int(pieces.size()))) +
                    (random.bounded(3) ? QString() : QStringLiteral(" "));
        int end = 0;
        for (const Quantity &q : EnglishNumbers::scan(text)) {
            QVERIFY2(q.range.start >= end && q.range.end > q.range.start && q.range.end <= text.size(),
                     qPrintable(text));
            QVERIFY2(!q.unitRange.isValid() || q.unitRange.end <= text.size(), qPrintable(text));
            end = q.range.end;
        }
        EnglishNumbers::parse(text);
    }
}

QTEST_GUILESS_MAIN(TestEnglishNumbers)
#include "tst_englishnumbers.moc"
