#include "numbers/chinesestopwords.h"

#include "numbers/chinesenumeralreader.h"
#include "numbers/u16words.h"

#include <algorithm>
#include <bitset>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace {

using R = ChineseNumeralReader;

// Everyday words and names written with numeral characters; each is checked where its first numeral
// character stands, so 统一 and 进一步 are caught at their 一.
const char16_t kStopWords[] =
    u"一些 一致 统一 在一块 一块儿 万一 十分 三反 五反 一般 一切 一起 一定 一直 一部分 一方面 一面 一样 一道 "
    u"一同 一齐 "
    u"一贯 一律 一再 唯一 千方百计 五四 四化 三八 一五计划 百货 万岁 百姓 千万不 千万别 千万要 千万注意 "
    u"一举 一向 一度 一手 一时 不一 之一 一带 一番 一行 两者 十足 九州 一旦 一边 一概 一并 一共 一下 "
    u"一点 一会 一阵 一心 一生 一路 一体 一连 一系列 一味 一流 一把手 一揽子 一员 一片 一批 一步 "
    u"一股 一口气 一经 一则 一旁 一侧 一角 一身 一刻 一新 一线 一环 一气 一早 一一 一次性 一成不变 "
    u"一元化 一分为二 一清二楚 一穷二白 独一无二 说一不二 接二连三 三番五次 三番两次 五湖四海 四面八方 "
    u"七嘴八舌 七上八下 乱七八糟 五花八门 三心二意 九牛一毛 十全十美 百花齐放 百家争鸣 千千万万 千军万马 "
    u"万众一心 千家万户 万事 万物 万分 万能 万象 万里 万县 千里 百分比 百分率 百分数 十字 八路军 新四军 "
    u"五金 三角 三轮 三民主义 二流子 两回事 两样 三三两两 成千上万 成千成万 成百上千 千百万 亿万 几乎 "
    u"几何 三门峡 五台 三定 万年青 四季 三联单 万万没 万万不 万万想不到";

using StopWord = std::pair<std::u16string, int>; // the word, and the offset of its key character

// The words indexed by their key character, the key's offset in the word and the word's first two
// characters: a numeral character costs one table load when no word has it as key (most), and then
// only the words that begin as the text does are compared, not the 150 words keyed on 一.
struct Index
{
    std::bitset<0x10000> isKey;                   // 8 KB: most numeral characters of a text are no key
    std::unordered_map<char16_t, quint8> offsets; // a bit per offset of each key character
    std::unordered_map<quint64, std::vector<StopWord>> words;

    static quint64 key(char16_t keyChar, int offset, char16_t first, char16_t second)
    {
        return quint64(keyChar) << 40 | quint64(offset) << 32 | quint64(first) << 16 | second;
    }
};

const Index &index()
{
    static const Index index = [] {
        Index x;
        const std::u16string all(kStopWords);
        for (size_t pos = 0, space; pos < all.size(); pos = space + 1) {
            space = std::min(all.find(u' ', pos), all.size());
            const std::u16string w = all.substr(pos, space - pos);
            const auto key = std::find_if(w.begin(), w.end(),
                                          [](char16_t c) { return R::kindOf(R::table(), c) != R::None; });
            const int offset = int(key - w.begin());
            if (w.size() < 2 || offset >= 8)
                continue; // every word has two characters or more, its numeral among the first eight
            x.isKey.set(*key);
            x.offsets[*key] |= quint8(1 << offset);
            x.words[Index::key(*key, offset, w[0], w[1])].emplace_back(w, offset);
        }
        for (auto &entry : x.words) // longest first, so 一部分 wins over a shorter entry
            std::stable_sort(
                entry.second.begin(), entry.second.end(),
                [](const StopWord &a, const StopWord &b) { return a.first.size() > b.first.size(); });
        return x;
    }();
    return index;
}

} // namespace

namespace {

// 一一, 五四, 三八: words of digits only, which are numerals when the number goes on (一一·一九磅 is
// 11.19 pounds, 五四、四三○门 54 430 telephones).
bool digitsOnly(const std::u16string &word)
{
    return std::all_of(word.begin(), word.end(),
                       [](char16_t c) { return R::kindOf(R::table(), c) == R::Digit; });
}

bool continuesNumeral(const char16_t *s, int end, int n)
{
    const char16_t c = s[end];
    return R::kindOf(R::table(), c) == R::Digit || c == u'·' || c == u'．' || c == u'点' ||
           (c == u'、' && end + 3 < n && R::kindOf(R::table(), s[end + 1]) == R::Digit &&
            R::kindOf(R::table(), s[end + 2]) == R::Digit && R::kindOf(R::table(), s[end + 3]) == R::Digit);
}

} // namespace

int ChineseStopWords::endAt(const char16_t *s, int i, int n)
{
    const Index &x = index();
    if (!x.isKey[s[i]])
        return -1;
    const quint8 offsets = x.offsets.at(s[i]);
    int best = -1;
    size_t bestLength = 0;
    for (int offset = 0; offset < 8; ++offset) {
        const int from = i - offset;
        if (!(offsets >> offset & 1) || from < 0 || from + 1 >= n)
            continue;
        const auto it = x.words.find(Index::key(s[i], offset, s[from], s[from + 1]));
        if (it == x.words.end())
            continue;
        for (const auto &entry : it->second) {
            const std::u16string &word = entry.first;
            const int end = from + int(word.size());
            if (word.size() > bestLength && end <= n &&
                std::equal(word.begin() + 2, word.end(), s + from + 2) &&
                !(end < n && ((word.back() == u'分' && s[end] == u'之') ||
                              (word.back() == u'点' && R::kindOf(R::table(), s[end]) == R::Digit))) &&
                !(end < n && digitsOnly(word) && continuesNumeral(s, end, n))) {
                best = end;
                bestLength = word.size();
                break;
            }
        }
    }
    return best;
}

int ChineseStopWords::numberedNameEnd(const char16_t *s, int i, int end, int n, int floor)
{
    const R::Table &t = R::table();
    using U16Words::isIn;
    const auto numeralEnd = [&](int p) { // a bare run of digits, 十 and 、 (no scale, no 两)
        const auto digit = [&](int q) {
            return q < n && (R::kindOf(t, s[q]) == R::Digit || s[q] == u'十') && s[q] != u'两';
        };
        while (digit(p) || (s[p] == u'、' && p > 0 && digit(p - 1) && digit(p + 1)))
            ++p;
        return p;
    };
    if (end >= n || s[i] == u'两' || numeralEnd(i) < end)
        return -1;
    // 等五村, 共三区, 分十三区 count; 三、四区 and 一、二、五乡 are names as well.
    if (i - 1 >= floor && isIn(s[i - 1], u"等共有各这那全计约近分辖成为"))
        return -1;
    const char16_t c = s[end];
    if ((c == u'区' || c == u'乡') && !(end + 1 < n && isIn(s[end + 1], u"域别分划长委")))
        return end + 1;
    if (c == u'厂' && i - 1 >= floor && R::kindOf(t, s[i - 1]) == R::None && !isIn(s[i - 1], u"个家座了"))
        return end + 1;
    if (c == u'届' && end + 1 < n) { // 八届八中全会, 一届人大
        const int e = numeralEnd(end + 1);
        if (e > end + 1 && e + 3 <= n && std::u16string_view(s + e, 3) == u"中全会")
            return e + 3;
        if (end + 3 <= n && (std::u16string_view(s + end + 1, 2) == u"人大"))
            return end + 3;
    }
    if (c == u'支' && end + 1 < n &&
        (s[end + 1] == u'纱' || (end + 2 < n && s[end + 1] == u'棉' && s[end + 2] == u'纱')))
        return end + 2; // 二十支纱: a yarn count names the product
    if (c == u'中' && end + 2 < n && s[end + 1] == u'全' && s[end + 2] == u'会') // 七中全会
        return end + 3;
    return -1;
}
