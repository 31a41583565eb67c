#include "numbers/chinesemeasurewords.h"

#include "numbers/chinesenumeralreader.h"
#include "numbers/u16words.h"

#include <QHash>

#include <algorithm>
#include <bitset>
#include <string_view>
#include <utility>

namespace {

using A = Quantity::Approx;
using R = ChineseNumeralReader;
using Reading = R::Reading;
using namespace U16Words;
using namespace std::string_view_literals;

// Measure words: physical measures with their canonical unit, then the single-character measure words
// and nouns that count (个 件 人 县 …), reported as written.
constexpr struct
{
    Word word;
    const char *unit; // empty: reported as written
} kMeasures[] = {{u"平方公里", "km2"},   {u"立方公尺", "m3"},
                 {u"平方公尺", "m2"},    {u"立方米", "m3"},
                 {u"平方米", "m2"},      {u"公斤", "kg"},
                 {u"千克", "kg"},        {u"市斤", "jin"},
                 {u"市担", "dan"},       {u"市亩", "mu"},
                 {u"公里", "km"},        {u"千米", "km"},
                 {u"公尺", "m"},         {u"公顷", "hectare"},
                 {u"小时", "hour"},      {u"个钟头", "hour"},
                 {u"个多小时", "hour"},  {u"个月", "month"},
                 {u"个多月", "month"},   {u"个半月", "month"},
                 {u"个半小时", "hour"},  {u"个星期", "week"},
                 {u"星期", "week"},      {u"美元", "dollar"},
                 {u"卢布", "ruble"},     {u"英镑", "pound_sterling"},
                 {u"盾", "rupee"},       {u"石", "shi"},
                 {u"磅", "pound"},       {u"千瓦时", "kwh"},
                 {u"千瓦", "kw"},        {u"瓩", "kw"},
                 {u"盧布", "ruble"},     {u"法郎", "franc"},
                 {u"卢比", "rupee"},     {u"日元", "yen"},
                 {u"港元", "hk_dollar"}, {u"港币", "hk_dollar"},
                 {u"天", "day"},         {u"年", "year"},
                 {u"斤", "jin"},         {u"担", "dan"},
                 {u"亩", "mu"},          {u"吨", "ton"},
                 {u"里", "li"},          {u"尺", "chi"},
                 {u"丈", "zhang"},       {u"米", "m"},
                 {u"垧", "shang"},       {u"顷", "qing"},
                 {u"度", "degree"},      {u"车", "cartload"}};
constexpr Word kCounters = u"个件人户次县头部台处家所座名位条只匹辆架艘项种类批份张本册篇间栋幢块片根支枝把双"
                           u"套对口眼天岁市省区乡村社队组厂校期届周轮回遍场样级层步段度分秒盘箱包袋桶瓶粒颗株"
                           u"棵斗升码磅车船节门盏副尾窝群班排页封首幅集卷句字笔宗起顿餐声股道国站版";

// Approximation words and their sense.
struct ApproxWord
{
    Word word;
    A approx;
};
// Longer words first: the first that ends at the number is taken (不超过 before 超过).
constexpr ApproxWord kBefore[] = {
    {u"不超过", A::Less}, {u"约占", A::About}, {u"约有", A::About}, {u"约为", A::About}, {u"约合", A::About},
    {u"约计", A::About},  {u"大约", A::About}, {u"将近", A::Less},  {u"接近", A::Less},  {u"不到", A::Less},
    {u"不足", A::Less},   {u"超过", A::More},  {u"约", A::About},   {u"近", A::Less}};
constexpr ApproxWord kAfter[] = {{u"左右", A::About}, {u"上下", A::About}, {u"以上", A::More},
                                 {u"之多", A::More},  {u"以下", A::Less},  {u"以内", A::Less},
                                 {u"不到", A::Less},  {u"不足", A::Less}};

template <size_t N>
int approxWord(const ApproxWord (&list)[N], const char16_t *s, int p, int floor, int n, bool after, A &approx)
{
    for (const ApproxWord &w : list) {
        const int len = length(w.word), from = after ? p : p - len;
        if (from >= floor && from + len <= n && s[from] == w.word[0] &&
            std::equal(w.word.begin() + 1, w.word.end(), s + from + 1)) {
            approx = w.approx;
            return len;
        }
    }
    return 0;
}

} // namespace

int ChineseMeasureWords::measure(const char16_t *s, int p, int n, QString &unit)
{
    // Which characters begin a measure word, which are counters: two bits a character (16 KB, not
    // a byte each), so that most characters after a numeral cost one bit test.
    static const std::pair<std::bitset<0x10000>, std::bitset<0x10000>> starts = [] {
        std::pair<std::bitset<0x10000>, std::bitset<0x10000>> t;
        for (const auto &m : kMeasures)
            t.first.set(m.word[0]);
        for (const char16_t c : kCounters)
            t.second.set(c);
        return t;
    }();
    if (p >= n)
        return 0;
    if (starts.first[s[p]]) {
        for (const auto &m : kMeasures) {
            if (startsWith(s, p, n, m.word)) {
                unit =
                    *m.unit ? QString::fromLatin1(m.unit) : QString::fromUtf16(m.word.data(), m.word.size());
                return length(m.word);
            }
        }
    }
    if (!starts.second[s[p]])
        return 0;
    // The counters' strings made once and shared: a string per figure otherwise.
    static const QHash<char16_t, QString> counters = [] {
        QHash<char16_t, QString> h;
        for (const char16_t c : kCounters)
            h.insert(c, QString(QChar(c)));
        return h;
    }();
    unit = counters.value(s[p]);
    return 1;
}

int ChineseMeasureWords::approxBefore(const char16_t *s, int p, int floor, A &approx)
{
    A sense = A::Exact;
    const int len = approxWord(kBefore, s, p, floor, p, false, sense);
    // 节约, 条约, 签约, 制约 …: 约 ends a word there ("save", "treaty"), it is no "about".
    if (len == 1 && s[p - 1] == u'约' && p - 2 >= floor &&
        isIn(s[p - 2], u"节条合契公签预制邀和盟誓履违守特租婚聘立缔践"sv))
        return 0;
    if (len > 0)
        approx = sense;
    return len;
}

int ChineseMeasureWords::approxAfter(const char16_t *s, int p, int n, A &approx)
{
    return approxWord(kAfter, s, p, 0, n, true, approx);
}

int ChineseMeasureWords::smallerUnit(const char16_t *s, int q, int n, char16_t mark, double limit,
                                     double &value)
{
    if (q >= n || R::kindOf(R::table(), s[q]) == R::None || isIn(s[q], u"零〇○兆"sv))
        return -1;
    // The mark may itself be a numeral character (两): read only up to it.
    int m = q + 1;
    while (m < n && m <= q + 4 && s[m] != mark)
        ++m;
    if (m >= n || m > q + 4 || (m + 1 < n && isIn(s[m + 1], u"形洲铁架钱"sv)))
        return -1; // 三角形, 五分钱 …
    const Reading r = R::readNumeral(s, q, m);
    if (r.end != m || r.range || r.vague || r.more || r.decimal || r.low >= limit || r.low <= 0)
        return -1;
    value = r.low;
    return m + 1;
}

bool ChineseMeasureWords::sinceThen(const char16_t *s, int q, int n)
{
    if (q < n && s[q] == u'个')
        ++q;
    if (q >= n || !isIn(s[q], u"年月天日周"sv))
        return false;
    ++q;
    if (q < n && (s[q] == u'多' || s[q] == u'以')) // 近一年多来, 近两年以来
        ++q;
    return q < n && s[q] == u'来';
}
