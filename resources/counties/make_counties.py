#!/usr/bin/env python3
"""Builds resources/counties.tsv, the county level of Duizhao's gazetteer, from the 1981 table of
the PRC's county-level administrative division codes (yescallop/areacodes, data/1981.txt, CC0 1.0).

    python3 resources/counties/make_counties.py AREACODES/data/1981.txt > resources/counties.tsv

What it derives, and why (see resources/GAZETTEER.md):
- every county (县), banner (旗), autonomous county and banner, county-level city (市) and prefecture
  (地区, 盟, 自治州) of 1981, with its full Chinese name only (长葛县, not 长葛: short forms are words too,
  新民 in 新民主主义), and for a prefecture 地区 also its 1950s name 专区 (唐山地区 = 唐山专区);
- municipal districts (区, but not 地区) are left out: their names repeat in every city (城区, 郊区, 新华区);
- a name the hand-made gazetteer.json already has is left to it; a name two 1981 units shared would be
  left out of both, never resolved silently (outside the municipal districts, none do);
- the parent is the 1981 province, with dated exceptions where a unit belonged elsewhere in 1949-1968:
  the prefectures of the provinces abolished in 1952-1955 (Pingyuan, Chahar, Suiyuan, Rehe, Xikang,
  Songjiang, Liaodong and Liaoxi) and the counties moved to Beijing, Tianjin and Shanghai;
- English names by ICU's Han-Latin transliteration (uconv), with the place-name readings of common
  polyphones (长 chang, 乐 le, 重 chong, 单 shan …) and " County", " Banner", " City", " Prefecture":
  the canonical name shown, not a name looked for in English text (see below).
"""
import json, subprocess, sys  # json: gazetteer.json is read for the names it has

PROVINCES = {
    '11': 'beijing', '12': 'tianjin', '13': 'hebei', '14': 'shanxi', '15': 'inner_mongolia',
    '21': 'liaoning', '22': 'jilin', '23': 'heilongjiang', '31': 'shanghai', '32': 'jiangsu',
    '33': 'zhejiang', '34': 'anhui', '35': 'fujian', '36': 'jiangxi', '37': 'shandong', '41': 'henan',
    '42': 'hubei', '43': 'hunan', '44': 'guangdong', '45': 'guangxi', '51': 'sichuan', '52': 'guizhou',
    '53': 'yunnan', '54': 'tibet', '61': 'shaanxi', '62': 'gansu', '63': 'qinghai', '64': 'ningxia',
    '65': 'xinjiang'}

# 1981 prefectures that lay in a province abolished before 1968: (historic province, its last day).
HISTORIC = {
    '新乡地区': ('pingyuan', '1952-11-15'), '安阳地区': ('pingyuan', '1952-11-15'),
    '聊城地区': ('pingyuan', '1952-11-15'), '菏泽地区': ('pingyuan', '1952-11-15'),
    '新乡市': ('pingyuan', '1952-11-15'), '安阳市': ('pingyuan', '1952-11-15'),
    '焦作市': ('pingyuan', '1952-11-15'), '鹤壁市': ('pingyuan', '1952-11-15'),
    '张家口地区': ('chahar', '1952-11-15'), '雁北地区': ('chahar', '1952-11-15'),
    '伊克昭盟': ('suiyuan', '1954-03-06'), '巴彦淖尔盟': ('suiyuan', '1954-03-06'),
    '乌兰察布盟': ('suiyuan', '1954-03-06'), '包头市': ('suiyuan', '1954-03-06'),
    '承德地区': ('rehe', '1955-07-30'), '朝阳地区': ('rehe', '1955-07-30'),
    '昭乌达盟': ('rehe', '1955-07-30'),
    '甘孜藏族自治州': ('xikang', '1955-09-30'), '雅安地区': ('xikang', '1955-09-30'),
    '松花江地区': ('songjiang', '1954-07-31'), '牡丹江地区': ('songjiang', '1954-07-31'),
    '合江地区': ('songjiang', '1954-07-31'), '牡丹江市': ('songjiang', '1954-07-31'),
    '鸡西市': ('songjiang', '1954-07-31'), '双鸭山市': ('songjiang', '1954-07-31'),
    '鹤岗市': ('songjiang', '1954-07-31'), '七台河市': ('songjiang', '1954-07-31'),
}
# Liaoxi (1949-04-21 to 1954-07-31) by its 21 counties (history.china.com, "新中国成立后撤销的七省",
# 2017-11-14); 梨树 and 双辽 went to Jilin in 1954. The rest of 1981's Liaoning was Liaodong then,
# apart from Rehe's 朝阳 and the central municipalities (their counties: 金县, 长海 of Lüda).
LIAOXI = {'锦县', '锦西县', '绥中县', '兴城县', '盘山县', '台安县', '辽中县', '义县', '新民县', '彰武县',
          '阜新蒙古族自治县', '北镇县', '黑山县', '昌图县', '梨树县', '法库县', '康平县', '双辽县', '开原县',
          '铁岭县', '锦州市', '阜新市'}
CENTRAL = {'金县': 'luda', '长海县': 'luda'}
# Counties of the municipalities of 1981 that were counties of a province until the day given.
MOVED = {
    '昌平县': ('hebei', '1956-03-09'), '通县': ('hebei', '1958-03-06'), '顺义县': ('hebei', '1958-03-06'),
    '大兴县': ('hebei', '1958-03-06'), '房山县': ('hebei', '1958-03-06'), '平谷县': ('hebei', '1958-10-19'),
    '怀柔县': ('hebei', '1958-10-19'), '密云县': ('hebei', '1958-10-19'), '延庆县': ('hebei', '1958-10-19'),
    '武清县': ('hebei', '1973-07-31'), '静海县': ('hebei', '1973-07-31'), '宝坻县': ('hebei', '1973-07-31'),
    '蓟县': ('hebei', '1973-07-31'), '上海县': ('jiangsu', '1958-01-16'), '嘉定县': ('jiangsu', '1958-01-16'),
    '宝山县': ('jiangsu', '1958-01-16'), '川沙县': ('jiangsu', '1958-11-20'), '南汇县': ('jiangsu', '1958-11-20'),
    '奉贤县': ('jiangsu', '1958-11-20'), '金山县': ('jiangsu', '1958-11-20'), '青浦县': ('jiangsu', '1958-11-20'),
    '崇明县': ('jiangsu', '1958-11-20'),
}
POLYPHONES = {'长': 'chang', '乐': 'le', '重': 'chong', '单': 'shan', '行': 'xing', '藏': 'zang',
              '都': 'du', '沈': 'shen', '会': 'hui', '广': 'guang', '大': 'da', '朝': 'chao', '阿': 'a',
              '尉': 'wei', '蚌': 'beng', '六': 'lu', '番': 'pan', '洞': 'dong', '吐': 'tu', '莎': 'sha'}
SUFFIXES = [('自治县', 'Autonomous County'), ('自治旗', 'Autonomous Banner'), ('自治州', 'Autonomous Prefecture'),
            ('地区', 'Prefecture'), ('县', 'County'), ('旗', 'Banner'), ('盟', 'League'), ('市', 'City')]


# Single-character stems that end common words before 县 (召开县委, 书记和县长): left out.
DROPPED = {'和县'}
# Longer words that contain a county's name but are no place, for gazetteer.json's exclusions.
EXCLUSIONS = ['召开县', '展开县', '公开县', '离开县', '打开县', '组成县', '形成县', '完成县', '达成县', '到达县',
              '下达县', '传达县', '转达县', '合成县', '分成县']


def readings(chars):
    """The pinyin of each character, by one call of uconv for all of them."""
    chars = sorted(set(chars) - set(POLYPHONES))
    out = subprocess.run(['uconv', '-x', 'Han-Latin; Latin-ASCII'], input='\n'.join(chars),
                         capture_output=True, text=True, check=True).stdout.split('\n')
    table = dict(zip(chars, (o.strip() for o in out)))
    table.update(POLYPHONES)
    return table


def pinyin(stem, table):
    return ''.join(table[c] for c in stem).replace("'", '').capitalize()


def main():
    here = sys.path[0]
    gazetteer = json.load(open(here + '/../gazetteer.json', encoding='utf-8'))
    taken = {n for p in gazetteer['places'] for n in p.get('zh', [])}
    ids = {p['id'] for p in gazetteer['places']}
    rows = [line.split() for line in open(sys.argv[1], encoding='utf-8') if line.strip()]
    names = {}
    for code, name in rows:
        names.setdefault(name, []).append(code)
    prefecture_of = {code: name for code, name in rows if code.endswith('00') and not code.endswith('0000')}
    table = readings(''.join(name for _, name in rows))
    places = []
    for code, name in rows:
        if code.endswith('0000') or (name.endswith('区') and not name.endswith('地区')) or name in ('市辖区', '县'):
            continue
        suffix = next(((s, e) for s, e in SUFFIXES if name.endswith(s)), None)
        if not suffix or len(name) - len(suffix[0]) < 1 or len(names[name]) > 1 or name in taken or name in DROPPED:
            continue
        kind = 'special_district' if code.endswith('00') else ('city' if suffix[0] == '市' else 'county')
        province = PROVINCES[code[:2]]
        prefecture = prefecture_of.get(code[:4] + '00', name if code.endswith('00') else '')
        parents = [{'id': province}]
        if name in MOVED:
            old, last = MOVED[name]
            parents = [{'id': old, 'to': last}, {'id': province, 'from': next_day(last)}]
        elif name in LIAOXI:
            parents = [{'id': 'liaoxi', 'to': '1954-07-31'}, {'id': province, 'from': '1954-08-01'}]
        elif name in CENTRAL:
            parents = [{'id': CENTRAL[name], 'to': '1954-07-31'}, {'id': province, 'from': '1954-08-01'}]
        elif province == 'liaoning' and prefecture not in HISTORIC:
            parents = [{'id': 'liaodong', 'to': '1954-07-31'}, {'id': province, 'from': '1954-08-01'}]
        elif prefecture in HISTORIC:
            old, last = HISTORIC[prefecture]
            parents = [{'id': old, 'to': last}, {'id': province, 'from': next_day(last)}]
        zh = [name]
        if name.endswith('地区') and name[:-2] + '专区' not in taken:
            zh.append(name[:-2] + '专区')
        stem = name[:-len(suffix[0])]
        en_name = '%s %s' % (pinyin(stem, table), suffix[1])
        # The English name is the unit's canonical name, shown in tables and charts, but not looked for
        # in English text: an English figure takes the place of the Chinese figure it translates, and
        # 2 370 more names to try on every capitalised word cost the whole analysis a tenth of its
        # speed. (Were they matched, only names one unit has with stems of two characters or more
        # would do: "Jin County" is three counties, and the end of "Thousand-Jin County".)
        en = []
        pid = 'c' + code
        assert pid not in ids
        places.append({'id': pid, 'name': en_name, 'type': kind, 'zh': zh, 'en': en, 'parents': parents})
    out = sys.stdout
    out.write('# The county level of the gazetteer, generated by resources/counties/make_counties.py from\n'
              '# yescallop/areacodes data/1981.txt (CC0 1.0); see resources/GAZETTEER.md. Do not edit by hand.\n'
              '# exclude<TAB>words that contain a county name but are no place, blank-separated\n'
              '# id<TAB>type<TAB>name<TAB>zh names|…<TAB>en names|…<TAB>parents: id, or id:FROM..TO (either\n'
              '#   may be empty), |-separated, the first whose dates hold wins\n')
    out.write('exclude\t%s\n' % ' '.join(EXCLUSIONS))
    for p in places:
        parents = '|'.join(m['id'] + (':%s..%s' % (m.get('from', ''), m.get('to', ''))
                                      if 'from' in m or 'to' in m else '') for m in p['parents'])
        out.write('\t'.join([p['id'], p['type'], p['name'], '|'.join(p['zh']), '|'.join(p['en']), parents]) + '\n')


def next_day(date):
    import datetime
    return (datetime.date.fromisoformat(date) + datetime.timedelta(days=1)).isoformat()


if __name__ == '__main__':
    main()
