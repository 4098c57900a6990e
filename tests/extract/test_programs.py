"""Programmes: quoted names, programme words, lists, named days, pairings, 健康<place>."""

import pytest

from kg.extract.programs import abbreviates, find_programs


@pytest.mark.parametrize("text,expected", [
    ("推行“一拖三”对口帮扶新模式", [("一拖三", {"一拖三对口帮扶新模式"})]),
    ("启动“十进”工程、红医进社区等多个创新项目", [("十进工程", {"十进"}), ("红医进社区", set())]),
    ("扎实开展“护蕾计划”", [("护蕾计划", set())]),
    ("长春现代化都市圈建设进入从“空间聚合”向“一体融合”迈进的关键阶段", []),
    ("中医药振兴发展工程稳步实施", [("中医药振兴发展工程", set())]),
    ("开展世界人口日宣传", [("世界人口日", set())]),
    ("人民医院新院区计划于2025年投入使用", []),  # the institution plans: 计划 a verb after its name
    ("该中心医疗服务项目计划投资3亿元", []),  # a thing pointed at (该), no name
    ("全市卫生健康工作计划今年完成", []),
    ("长春市第一人民医院近日举办义诊", []),  # 第一…近日: a date word after an ordinal, no day's name
    ("全国多家医院日前开展义诊", []),
    ("京长对口合作开展以来", [("京长对口合作", set())]),
    ("推进京昆医疗合作", [("京昆医疗合作", set())]),  # a city's abbreviation with a province's
    ("推进昆明医疗合作", []),  # a city's name, no pairing
    # an insurance scheme's own plan is one name, longer than the scheme it names
    ("全民健康保险琉球乡医疗给付效益提升计划执行医院", [("全民健康保险琉球乡医疗给付效益提升计划", set())]),
    ("推进健康长春建设", [("健康长春", set())]),
    ("全面推进健康龙江行动", [("健康龙江", {"健康龙江行动"})]),  # the place's action plan names it too
    ("为夯实“健康安徽\"作贡献", [("健康安徽", set())]),
    ("推进长春烧伤医院迁建项目", []),
    ("“12356”开通", []),
    ("“12356”热线开通", [("12356热线", set())]),  # a hotline (the guidelines' 12356心理援助热线)
    ("介绍“三个一”家庭医生签约服务模式", [("三个一", set()), ("家庭医生签约服务", set())]),
    # a leading verb phrase is dropped, a lead verb inside the name (建设) is not
    ("扎实推进中医药振兴发展工程", [("中医药振兴发展工程", set())]),
    # a predicate (已, 均, the aspect particle 了) is no part of a name: a clause ending in a programme word
    ("长春烧伤医院均已完成主体工程", []),
    ("组织了2026年度广西临床重点专科建设项目评审工作", [("广西临床重点专科建设项目", set())]),
    # designation schemes: a level, a few characters, a designation kind
    ("并创建“国家心血管病区域医疗中心”。", [("国家心血管病区域医疗中心", set())]),
    ("承担着辽南地区唯一省级区域医疗中心的社会责任", [("省级区域医疗中心", set())]),
    ("在全国三级公立医院绩效考核中位列百强", [("全国三级公立医院绩效考核", set())]),
    ("是国家第五批区域医疗中心建设项目", []),
    ("北京协和医院国家医学中心(雄安院区)开工建设", []),
    ("在建北京安贞医院吉林医院国家区域医疗中心2个", [("国家区域医疗中心", set())]),
    # the title of a health plan, without its years; not a law, an agreement or a plan of another field
    ("按照《重庆市医疗卫生服务体系“十四五”规划(2021—2025年)》,重庆正加快",
     [("重庆市医疗卫生服务体系“十四五”规划", {"重庆市医疗卫生服务体系十四五规划",
                                       "重庆市医疗卫生服务体系“十四五”规划(2021—2025年)"})]),
    ("印发《海南省卫生健康规划(试行)》", [("海南省卫生健康规划", set())]),  # a qualifier, not its years
    ("学习《吉林省人口与计划生育条例》", []),
    ("印发《成都市综合交通规划》", []),
    # pairings of provinces by their one-character abbreviations; not a province's own name
    ("对深化京蒙协作,助力我区加快建设", [("京蒙协作", set())]),
    ("作为京津冀协同发展的关键一环", [("京津冀协同发展", set())]),
    ("推动辽宁合作医疗", []),
    ("南京沪合作", []),
    # a quoted name right after a launch verb or its owner body; a Latin name with a kind or an owner
    ("深圳市医疗保障局上线“医保码”服务", [("医保码", set())]),
    ("中华医学会皮肤性病学分会“高水平专家基层行”2025年度云南首站", [("高水平专家基层行", set())]),
    ("未来会将医管局应用程式「HA Go」增设预约及缴费等功能", [("HA Go", set())]),
    ("全面推行“1+X+N”医共体模式", [("1+X+N", {"1+X+N医共体模式"})]),
    ("真正做到“一站式”服务", []),
    ("为打赢这场战“5G”贡献力量", []),
    # a hotline is its number and its name; kinds of undertaking and building works are no names
    ("“12356”心理援助热线上线服务", [("12356心理援助热线", set())]),
    ("将卫生健康事业作为重大民生工程持续推进", []),
    ("雄安宣武医院一期项目开诊运行", []),
    ("推进健康海口2030建设", [("健康海口2030", set())]),
    # the quoted names joined after a lead; other forms of a national scheme
    ("建成一批“美丽医院”和“智慧医院”,更好地服务群众", [("美丽医院", set()), ("智慧医院", set())]),
    ("市民签约家庭医生后可预约专家", [("家庭医生签约服务", {"签约家庭医生"})]),
    # 健康<place> with a middle dot; a description after a quoted name is no clause (…的…之路)
    ("全面推进健康·沧州建设", [("健康·沧州", set())]),
    ("走出一条“医防融合”发展之路", [("医防融合", {"医防融合发展之路"})]),
    ("形成“强基础”与“建高地”并举的发展之路", []),
    # a reform named after its place; not a reform of no place
    ("各地学习借鉴三明医改经验", [("三明医改", set())]),
    ("持续深化医改", []),
    # a recurring campaign by its ordinal (spaces as some pages write them); not a working day
    ("开展第 12 个爱国卫生月集中宣传", [("爱国卫生月", set())]),
    ("迎来第五个中国医师节", [("中国医师节", set())]),
    ("在第一个工作日完成签约", []),
    # 全国 is the nation's own day or month, written with or without it
    ("开展全国爱国卫生月活动", [("爱国卫生月", {"全国爱国卫生月"})]),
    # a scheme a lead verb starts; not a kind of undertaking (专项, 联合, a recruitment plan)
    ("县里启动银龄关爱计划", [("银龄关爱计划", set())]),
    ("全面推进名医培育工程", [("名医培育工程", set())]),
    ("开展专项整治行动", []),
    ("医院已启动护理人才招聘计划", []),
    # 健康<place> after a verb that builds it, or before a second slogan
    ("为建设健康甘肃贡献力量", [("健康甘肃", set())]),
    ("助力“健康江西·美丽赣州”建设", [("健康江西", set())]),
    # a quoted number with a programme word names a scheme; an ordinary phrase in quotes does not
    ("巩固“36512”工作模式", [("36512工作模式", {"36512"})]),
    ("构建“四位一体”的健康管理模式", [("四位一体", {"四位一体的健康管理模式"})]),
    ("通过“点对点”结对模式帮扶", []),
    ("采用“托管”模式运营", []),
    # national schemes, with their programme word as another form
    ("深入实施健康扶贫工程", [("健康扶贫", {"健康扶贫工程"})]),
    ("派出组团式医疗援疆专家", [("医疗人才组团式援疆", {"组团式医疗援疆"})]),
    # a left boundary (包括, 作为) and a quantity (一些) are not part of a name
    ("合作内容包括山区医疗服务提升计划", [("山区医疗服务提升计划", set())]),
    ("新增一些中医特色诊疗项目", []),
    # a sector's aid to a province by its abbreviation; 援助 is no province
    ("深入开展医疗卫生援黔工作", [("医疗卫生援黔", set())]),
    ("坚持卫生援助非洲国家", []),
])
def test_programs(res, text, expected):
    assert [(p.name, set(p.aliases)) for p in find_programs(text, res)] == expected


def test_first_rule_to_claim_a_span_keeps_it(res):
    [p] = find_programs("启动“健康长春行动”", res)
    assert (p.name, p.rule) == ("健康长春行动", "programmes:quoted")


def test_a_quoted_programme_is_named_again_where_the_page_quotes_it(res):
    from .helpers import run_state
    state = run_state("医管局应用程式「HA Go」增设预约功能。香港眼科医院早前于「HA Go」推一站式服务。", res)
    [e] = [e for e in state.entities.values() if e.name == "HA Go"]
    assert "programmes:quoted-again" in e.rules and len(e.mentions) == 2


@pytest.mark.parametrize("text,places,expected", [
    ("加快实施健康宁东战略", ("宁夏回族自治区东部",), ["健康宁东"]),  # a short form of a page's place
    ("加快实施健康宁东战略", (), []),
    ("加快实施健康锦后战略", ("杭锦后旗",), []),  # not the start of the place
])
def test_healthy_place_may_be_a_short_form_of_a_page_place(res, text, places, expected):
    assert [p.name for p in find_programs(text, res, places)] == expected


def test_a_name_cut_short_inside_an_institutions_name_is_none(res):
    text = "呼和浩特市中医蒙医医院卫生服务链条辐射扩容行动"  # longer than a name: it starts mid-word
    assert [p.name for p in find_programs(text, res)] == ["蒙医医院卫生服务链条辐射扩容行动"]
    assert find_programs(text, res, institutions=((0, 11),)) == []


def test_a_designation_is_not_read_from_a_place_that_opens_an_institutions_name(res):
    text = "天津市环湖医院组建以卒中中心为核心的联盟"  # 天津市 opens the hospital's name, it awards nothing
    assert [p.name for p in find_programs(text, res)] == ["天津市环湖医院组建以卒中中心"]
    assert find_programs(text, res, institutions=((0, 7),)) == []


@pytest.mark.parametrize("text, expected", [
    ("据了解，国家启动区域医疗中心建设后，云南加快建设", []),  # 国家 is the clause's subject: 启动 is its verb
    ("医院成为国家心血管病区域医疗中心", ["国家心血管病区域医疗中心"]),
])
def test_a_designations_level_followed_by_a_lead_verb_names_none(res, text, expected):
    assert [p.name for p in find_programs(text, res) if p.rule == "programmes:designation"] == expected


def test_a_name_after_an_institution_that_runs_it_is_sought_again_after_the_institution(res):
    text = "卫生局推出澳门青年医生大湾区进修计划,供本地医生进修"  # the first match starts inside 卫生局
    assert [p.name for p in find_programs(text, res, institutions=((0, 3),))] == ["澳门青年医生大湾区进修计划"]


@pytest.mark.parametrize("text,expected", [
    # a quoted name with its own programme word may be long; a dash doubled (——) is one link
    ("自民国102年起办理「医学中心支援离岛及医疗资源不足地区医院紧急医疗照护服务奖励计划」,由台中荣民总医院支援",
     ["医学中心支援离岛及医疗资源不足地区医院紧急医疗照护服务奖励计划"]),
    ("签署“澳门——北京医学继续教育战略合作项目”协议", ["澳门——北京医学继续教育战略合作项目"]),
    # a long quoted phrase with 的 or a list in it is a description, not a name
    ("提出「基于大型共享医技平台的专病中心组合的医疗模式」", []),
    ("建设“教研共生平台、资源共享平台、德育协同平台”", []),
])
def test_a_long_quoted_name_with_its_own_kind_is_a_programme(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("short,name,expected", [
    ("杭后", "杭锦后旗", True), ("海口", "海口市", True), ("后杭", "杭锦后旗", False), ("海口市", "海口市", False),
])
def test_abbreviates(short, name, expected):
    assert abbreviates(short, name) is expected


@pytest.mark.parametrize("text,expected", [
    # the national reforms, under their official names
    ("深入推进公立医院综合改革，提升服务能力", ["公立医院综合改革"]),
    ("医联体建设是医药卫生体制改革的重要举措", ["深化医药卫生体制改革"]),
    ("医联体建设是深化医药卫生体制改革的重要举措", ["深化医药卫生体制改革"]),
    # designations a hospital or a department takes part in
    ("心内科获评省级临床重点专科", ["省级临床重点专科"]),
    ("积极创建省域医学中心", ["省域医学中心"]),
    ("获批国家中医药传承创新发展试验区", ["国家中医药传承创新发展试验区"]),
    ("将发挥骨科、烧伤等国家级重点专科优势", []),  # the kind of the specialties listed, no scheme
    # a province or a national body awards a designation as a level does
    ("医院是湖南省创伤中心、湖南省胸痛中心", ["湖南省创伤中心", "湖南省胸痛中心"]),
    ("拥有国家中医药管理局重点专科2个", ["国家中医药管理局重点专科"]),
    # a lead verb of taking part is no part of the scheme's name
    ("该院入选中医药传承创新发展工程", ["中医药传承创新发展工程"]),
    # pairings of provinces with a field word; a quoted scheme described by its kind
    ("为推进川渝医疗协同发展，两地签署协议", ["川渝医疗协同发展"]),
    ("启动“千名医师下基层”对口支援工程", ["千名医师下基层"]),
])
def test_reforms_designations_and_pairings_are_programmes(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # a coined name of two characters before its programme word, after a verb that starts it
    ("全市实施强基工程，提升基层服务能力", ["强基工程"]),
    ("今年启动百县计划", ["百县计划"]),
    # a common word, a verb, a time or a healthcare activity before the word names no scheme
    ("全市开展整治行动", []),
    ("同步实施三年行动", []),
    ("开展宣传行动，普及卫生知识", []),
    ("开展义诊行动，服务群众", []),  # nor does the verb with it make a longer name
])
def test_a_short_coined_scheme_after_its_lead_verb_is_a_programme(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text,institutions,groupings,expected", [
    # a campaign that tours places, named before its stop: after the institution that runs it
    ("郑州大学第一附属医院专家教授故乡行·内乡站活动正式启动", ((0, 10),), (), ["专家教授故乡行"]),
    # an alliance's name is part of its campaign's
    ("沈阳现代化都市圈巡回医疗铁岭站启动仪式在我院举行", ((0, 8),), ((0, 8),), ["沈阳现代化都市圈巡回医疗"]),
    ("今天上午在长春站活动", (), (), []),  # a station, no campaign
])
def test_a_touring_campaign_is_named_before_its_stop(res, text, institutions, groupings, expected):
    assert [p.name for p in find_programs(text, res, institutions=institutions, groupings=groupings)] == expected


def test_a_quoted_name_is_taken_whole_before_a_fixed_name_inside_it(res):
    assert [p.name for p in find_programs("望通过“逸仙智力援疆”专项计划推进", res)] == ["逸仙智力援疆"]


@pytest.mark.parametrize("text,expected", [
    ("探索“临床—科研—人才”一体化赋能机制", []),  # the links of a chain name nothing
    ("形成“医院-社区-家庭-个人”四层慢病管理体系", []),
    ("构建“华西—眉山”分级诊疗体系", ["华西—眉山"]),  # a pairing may
    ("包含妇幼保健院、新华医院两个项目的工程", []),  # a count of projects
    ("努力为德州建设齐鲁医疗城作出贡献", ["齐鲁医疗城"]),
])
def test_chains_and_counts_name_no_programme(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # a counterpart scheme, with the places of its givers
    ("近日,沪滇三级医院对口帮扶云南省贫困县县级医院签约仪式举行", ["沪滇三级医院对口帮扶云南省贫困县县级医院"]),
    ("北京市三级医院对口帮扶内蒙古贫困旗(县)医院,将提升能力", ["北京市三级医院对口帮扶内蒙古贫困旗(县)医院"]),
    ("《关于印发加强三级医院对口帮扶贫困县县级医院工作方案的通知》", []),  # a document's title
    # the national schemes of city and army hospitals, to county hospitals and township health centres
    ("签订了“军队医院对口支援西部地区县医院”协议", ["军队医院对口支援西部地区县医院"]),
    ("西藏自治区城市医院对口帮扶高海拔边远贫困地区乡镇卫生院工作启动", ["城市医院对口帮扶高海拔边远贫困地区乡镇卫生院"]),
])
def test_a_counterpart_scheme_names_its_givers_and_receivers(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


def test_a_scheme_the_text_abbreviates_is_a_programme_and_its_abbreviation_an_alias(res):
    from .helpers import run_state
    state = run_state("全市深化银龄志愿行动（以下简称“银龄行动”）。银龄行动惠及群众。", res)
    [e] = [e for e in state.entities.values() if e.type == "Program"]
    assert (e.name, "银龄行动" in e.aliases) == ("银龄志愿行动", True)


@pytest.mark.parametrize("text,expected", [
    # a list of 健康<place>: each item up to the 、 before the next 健康
    ("为建设健康叙永、健康泸州、健康四川、健康中国作出贡献", ["健康叙永", "健康泸州", "健康四川", "健康中国"]),
    ("促进心理健康、健康管理等方面", []),
])
def test_a_list_of_healthy_places_names_each(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text, expected", [
    ("按照《关于申报中西医协同“旗舰”医院建设试点项目的通知》要求", ["中西医协同旗舰医院建设试点项目"]),
    ("按照《关于组织实施2026年公立医院改革与高质量发展提升项目的通知》", ["公立医院改革与高质量发展提升项目"]),
    ("按照《关于申报项目的通知》要求", []),
])
def test_the_scheme_a_notice_announces_is_a_programme_without_its_year_or_quotes(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text, expected", [
    ("记者获悉,滇西医疗服务中心整体建设提速", ["滇西医疗服务中心"]),
    ("谋划组建皖南区域综合医疗中心", ["皖南区域综合医疗中心"]),
    ("积极对内打造服务于疆内百姓的区域医疗服务中心", []),
])
def test_a_regional_centre_a_region_builds_is_a_programme_and_a_kind_of_centre_is_not(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


def test_a_quoted_name_with_its_own_kind_keeps_it_and_the_kind_after_it_is_an_alias(res):
    found = find_programs("是落实江西省“千名医师支援农村卫生工程”项目的一个重要举措", res)
    assert [(p.name, sorted(p.aliases)) for p in found] == [("千名医师支援农村卫生工程", ["千名医师支援农村卫生工程项目"])]


@pytest.mark.parametrize("text, expected", [
    # the scheme a plan for it is titled after keeps its place, drops its quotes and years
    ("贯彻落实《浙江省公共服务“七优享”工程实施方案(2023—2027)》", ["浙江省公共服务七优享工程"]),
    # the undertaking a policy's title advances, without its lead verb
    ("落实省政府办公厅《关于推进浙江省卫生健康现代化建设的实施意见》", ["浙江省卫生健康现代化建设"]),
    ("印发《关于建设智慧化现代医疗体系的实施方案》", ["智慧化现代医疗体系"]),
    # a plan for no scheme, a policy that advances nothing the rows name
    ("印发《西宁市第一医疗集团组建实施方案》", []),
    ("印发《关于组建紧密型一体化医疗联合体的指导意见》", []),
])
def test_a_title_names_the_scheme_its_plan_or_policy_is_for(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text, expected", [
    ("海南省“十四五”卫生健康规划", ["海南省“十四五”卫生健康规划"]),
    ("儋州市“十四五”卫生健康规划 (2021-2025年)", ["儋州市“十四五”卫生健康规划"]),
    ("推进医院发展规划", []),  # a heading that names no place's plan
    ("医院将制定卫生健康规划,加快发展", []),  # a clause, not a title line
])
def test_a_plan_title_standing_as_a_line_of_its_own_is_a_programme(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text, expected", [
    ("促进医院早日建成皖北区域医疗中心", ["皖北区域医疗中心"]),
    ("打造鲁西南区域医疗中心", ["鲁西南区域医疗中心"]),
    ("建设甘肃省南部区域医疗中心", []),  # a hospital's name, not a province's part
])
def test_a_centre_named_after_a_part_of_a_province_is_a_programme(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text, expected", [
    ("创建临渭区渭北区域医疗中心工作在固市医院正式启动", [("临渭区渭北区域医疗中心", [])]),
    (",银川市耳鼻咽喉头颈外科区域医疗中心等一批优势专科", [("银川市耳鼻咽喉头颈外科区域医疗中心", [])]),
    ("以建设阿坝州区域医疗分中心为目标", [("阿坝州区域医疗分中心", [])]),
    ("推进曲靖区域医疗中心项目建设", [("曲靖区域医疗中心", ["曲靖区域医疗中心项目"])]),  # the project builds it
    ("该院成为区域医疗中心", []),  # a kind of centre, no place names it
    ("共建九江学院附属医院脑血管病区域医疗中心", []),  # the hospital's own centre
    ("沈阳西部区域医疗中心呼之欲出", []),  # a part of the place: a hospital built there
])
def test_a_regional_centre_a_place_names_is_a_programme(res, text, expected):
    assert [(p.name, sorted(p.aliases)) for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text, expected", [
    ("大同市被确定为全国首批81家紧密型城市医疗集团建设试点,", [("紧密型城市医疗集团建设试点", [])]),
    ("医院获批成为湖北省首家数智化转型试点医院;", [("数智化转型试点", ["数智化转型试点医院"])]),
    ("多个项目纳入国家第三批试点。", []),  # a batch, no name
    ("江西纳入第二批区域医疗中心试点省份", []),  # a designation's kind: its rule names it with its level
    ("医院入选试点工作", []),
])
def test_a_pilot_a_place_or_hospital_is_chosen_for_is_a_programme_its_holder_an_alias(res, text, expected):
    assert [(p.name, sorted(p.aliases)) for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text, expected", [
    ("入选健康中国重庆行动典型案例", ["健康中国重庆行动"]),  # longer than 健康中国 in it
    ("加快实施健康曲靖建设三年行动,谋划推进项目", ["健康曲靖建设三年行动"]),
    ("今年健康长春行动", ["健康长春"]),  # 健康<place>行动 is 健康<place>
])
def test_the_action_plan_of_a_healthy_place_keeps_its_longer_name(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


def test_a_titled_scheme_takes_what_it_quotes_with_its_kind_as_an_alias(res):
    [p] = find_programs("贯彻落实《浙江省公共服务“七优享”工程实施方案(2023—2027)》", res)
    assert (p.name, "七优享工程" in p.aliases) == ("浙江省公共服务七优享工程", True)


@pytest.mark.parametrize("text, expected", [
    ("今后将通过共享医疗资源、联合人才培养、打造科研平台等举措", []),
    ("通过资源共享、推进学科共建等项目", []),
])
def test_a_list_item_that_opens_with_a_lead_verb_names_no_programme(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # a verb before the region opens no name
    ("向成为西藏西部区域医疗服务中心迈进", ["西藏西部区域医疗服务中心"]),
    # a place the count of characters cuts in two is taken whole
    ("与上海对口的日喀则五县医疗服务中心实现了互联互通", ["日喀则五县医疗服务中心"]),
])
def test_a_centre_s_name_starts_on_a_word_that_may_open_a_name(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected


@pytest.mark.parametrize("text,expected", [
    # a verb opens a phrase, not a programme's name (a lead verb, programmes.tsv lead_verb, is left out instead)
    ("期盼各医疗单位提计划", []),
    ("与政府共同发挥协同效应,开启慢性病管理计划医疗服务标准化新征程", ["慢性病管理计划"]),
    # a medical system jieba reads as a verb (蒙) does open one
    ("开展蒙医药中医药服务能力提升行动", ["蒙医药中医药服务能力提升行动"]),
])
def test_a_suffixed_name_opens_with_no_verb(res, text, expected):
    assert [p.name for p in find_programs(text, res)] == expected
