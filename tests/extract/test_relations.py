"""The cue engine: each agent strategy with its direction, scope and limits, and participation."""

from dataclasses import replace

import pytest

from kg.extract import COMPONENTS
from kg.extract.relations import AGENTS, cue_groups
from kg.extract.state import DocState
from kg.lexicon import CUE_AGENTS
from kg.normalize import normalize
from kg.types import Rel

from .helpers import doc, health_norm, run_state, triples

H1, H2 = "吉林大学第一医院", "长春烧伤医院"
ALLIANCE = "心血管专科联盟"
WJW = "长春市卫生健康委员会"


def _rels(text, res):
    return triples(run_state(text, res))


def test_leads_goes_from_the_agent_before_the_cue_to_the_target_after_it(res):
    rels = _rels(f"由{H1}牵头的{ALLIANCE}成立", res)
    assert rels[(H1, "leads", ALLIANCE)] == ("cue:牵头/before", "cue:由…牵头/frame")  # active and passive agree
    assert (ALLIANCE, "leads", H1) not in rels


def test_a_leads_cue_needs_agent_and_target_in_its_clause(res):
    assert (H1, "leads", ALLIANCE) not in _rels(f"{H1}牵头，多方合作，成立{ALLIANCE}", res)


def test_a_leads_cue_credits_at_most_three_agents(res):
    rels = _rels("二道区人民医院、二道区中医院、长春烧伤医院、吉林大学第一医院牵头成立心血管专科联盟", res)
    leaders = {h for h, r, t in rels if r == "leads" and t == ALLIANCE}
    assert leaders == {"二道区中医院", "长春烧伤医院", "吉林大学第一医院"}


def test_a_body_opening_the_sentence_leads_what_it_launches(res):
    assert (WJW, "leads", "护蕾计划") in _rels("长春市卫健委启动“护蕾计划”", res)
    late = _rels("今年以来，为落实有关要求，长春市卫健委启动“护蕾计划”", res)
    assert (WJW, "leads", "护蕾计划") not in late and (WJW, "participatesIn", "护蕾计划") in late


def test_the_agent_of_a_passive_frame_leads(res):
    rels = _rels("在长春市卫健委指导下，各医院落实“护蕾计划”", res)
    assert rels[(WJW, "leads", "护蕾计划")] == ("cue:在…指导下/frame",)


def test_members_join_but_leaders_do_not(res):
    rels = _rels(f"由{H1}牵头组建的{ALLIANCE}吸收{H2}加入", res)
    assert rels[(H2, "memberOf", ALLIANCE)] == ("cue:加入/any",)
    assert (H1, "leads", ALLIANCE) in rels and (H1, "memberOf", ALLIANCE) not in rels


def test_the_page_joins_when_the_sentence_names_no_actor(res):
    rels = _rels(f"长春市二道区卫健局：我区医疗服务提升。{ALLIANCE}建设顺利。", res)
    assert rels[("二道区", "memberOf", ALLIANCE)] == ("cue:建设/speaker",)


def test_support_goes_from_the_hospital_the_sentence_opens_with(res):
    rels = _rels(f"{H1}对口帮扶{H2}", res)
    assert (H1, "supports", H2) in rels and (H2, "supports", H1) not in rels


def test_support_is_between_two_or_three_hospitals_only(res):
    rels = _rels("吉大一院、吉大二院、长春烧伤医院和二道区人民医院开展远程会诊", res)
    assert not any(r == "supports" for _, r, _ in rels)


def test_participation_of_the_actors_of_a_programme_sentence(res):
    rels = _rels(f"{H2}参与“护蕾计划”", res)
    assert rels[(H2, "participatesIn", "护蕾计划")] == ("participation:text",)


def test_participation_stays_near_the_programme_in_a_run_on_sentence(res):
    rels = _rels(f"支持{H2}发展，帮助建设“护蕾计划”，完善基层网络，加强人才培养，提升服务能力，"
                 "改善就医环境，推动“强基工程”", res)
    assert rels[(H2, "participatesIn", "护蕾计划")] == ("participation:text",)
    assert (H2, "participatesIn", "强基工程") not in rels
    short = _rels(f"{H2}表示，将加强人才培养，推动“强基工程”", res)  # not a run-on sentence
    assert (H2, "participatesIn", "强基工程") in short


def test_cue_groups_run_leads_first(res):
    groups = cue_groups(res)
    relations = [g.rule.relation for g in groups]
    assert relations[0] == Rel.LEADS and relations.index(Rel.MEMBER_OF) > max(
        i for i, r in enumerate(relations) if r == Rel.LEADS)


def test_the_lines_after_a_list_heading_take_part_in_its_programme(res):
    rels = _rels("拟确定“护蕾计划”项目单位名单。（一）产科（2个）：。长春烧伤医院。吉林大学第一医院（无资金支持）。"
                 "吉林大学第二医院医生为患者服务，效果良好。二道区人民医院。", res)
    takers = {h for h, r, t in rels if r == "participatesIn" and t == "护蕾计划"}
    assert takers == {H2, H1}  # a sentence of prose ends the list


def test_a_bare_heading_reopens_the_list_an_earlier_heading_named(res):
    rels = _rels("近日，国家卫健委发布了《关于印发“护蕾计划”项目单位名单的通知》。长春市卫健委要求各地落实。"
                 "名单如下：\n长春市：长春烧伤医院 吉林大学第一医院\n白城市：白城市中心医院", res)
    takers = {h for h, r, t in rels if r == "participatesIn" and t == "护蕾计划"}
    assert takers == {H2, H1, "白城市中心医院"}


def test_a_member_list_heading_that_names_no_alliance_lists_the_alliance_named_last(res):
    rels = _rels(f"{H1}牵头成立{ALLIANCE}。联盟单位(按省市排序)\n吉林省：{H2}、二道区人民医院(眼科中心)", res)
    assert {h for h, r, t in rels if r == "memberOf" and t == ALLIANCE} == {H2, "二道区人民医院"}


def test_numbered_list_lines_with_a_department_name_their_hospital(res):
    rels = _rels(f"{ALLIANCE}成员名单\n1、{H2}皮肤科\n2、二道区人民医院", res)
    assert {h for h, r, t in rels if r == "memberOf" and t == ALLIANCE} == {H2, "二道区人民医院"}


def test_a_list_line_grouped_under_a_place_locates_its_hospitals_without_a_place(res):
    rels = _rels(f"{ALLIANCE}成员单位名单\n北京市：北京大学第三医院、中国人民解放军总医院", res)
    assert "list:grouped-place" in rels[("北京大学第三医院", "locatedIn", "北京市")]  # the alias table places it too


def test_a_member_list_heading_outside_the_healthcare_stories_still_opens_its_list(res):
    text = (f"{H1}牵头，联合多家医院成立{ALLIANCE}，为患者提供诊疗服务，医院专家开展义诊。\n\n\n"
            f"联盟单位(按省市排序)\n\n\n吉林省：{H2}、二道区人民医院、{H1}")
    sentences = normalize(text).sentences
    assert not next(s for s in sentences if s.text.startswith("联盟单位")).health
    state = DocState(doc(text).id, text, sentences)
    for component in COMPONENTS:
        component.run(state, res)
    assert (H2, "memberOf", ALLIANCE) in triples(state)


def test_a_line_with_prose_after_its_label_is_no_grouped_line(res):
    rels = _rels("拟确定“护蕾计划”项目单位名单。长春市：长春烧伤医院开展义诊活动", res)
    assert not any(r == "participatesIn" and h == H2 for h, r, _ in rels)


def test_every_agent_of_the_cue_table_has_a_strategy():
    assert set(AGENTS) == set(CUE_AGENTS)


def test_partners_link_every_pair_of_two_groups(res):
    found = triples(run_state("吉林大学第一医院、吉林大学第二医院与长春烧伤医院、二道区人民医院建立对口帮扶关系。", res))
    for head in ("吉林大学第一医院", "吉林大学第二医院"):
        for tail in ("长春烧伤医院", "二道区人民医院"):
            assert (head, "supports", tail) in found


def test_the_senior_partner_is_the_head(res):
    found = triples(run_state("二道区人民医院与吉林大学第一医院签署合作协议。", res))
    assert ("吉林大学第一医院", "supports", "二道区人民医院") in found
    assert ("二道区人民医院", "supports", "吉林大学第一医院") not in found


def test_the_pair_named_last_is_what_both_sides_refers_to(res):
    found = triples(run_state("吉林大学第一医院与长春烧伤医院举行仪式。双方签署合作协议。", res))
    assert ("吉林大学第一医院", "supports", "长春烧伤医院") in found


def test_this_hospital_is_the_one_named_before_its_clause(res):
    found = triples(run_state("长春烧伤医院举行揭牌仪式，吉林大学第一医院专家将到该院定期坐诊。", res))
    assert ("吉林大学第一医院", "supports", "长春烧伤医院") in found


def test_the_hospital_whose_experts_come_is_the_supporter(res):
    found = triples(run_state("患者找到长春烧伤医院——这里有吉林大学第一医院骨科专家的对口帮扶。", res))
    assert ("吉林大学第一医院", "supports", "长春烧伤医院") in found
    assert ("长春烧伤医院", "supports", "吉林大学第一医院") not in found


def test_a_body_that_comments_in_a_later_clause_takes_no_part(res):
    found = triples(run_state("长春烧伤医院落实“护蕾计划”，国家卫健委调研充分肯定。", res))
    assert ("长春烧伤医院", "participatesIn", "护蕾计划") in found
    assert not any(h == "国家卫生健康委员会" and t == "护蕾计划" for h, _, t in found)


def test_a_programme_named_after_an_actor_is_its_own_not_a_part(res):
    rels = _rels("二道区人民医院参与“长春烧伤医院名医”工程，长春烧伤医院新增床位。", res)
    assert rels[("二道区人民医院", "participatesIn", "长春烧伤医院名医工程")] == ("participation:text",)
    assert ("长春烧伤医院", "participatesIn", "长春烧伤医院名医工程") not in rels
    assert ("长春烧伤医院名医工程", "participatesIn", "长春烧伤医院") not in rels


def test_a_hospital_supports_the_list_it_takes_over(res):
    rels = _rels(f"{H1}托管了{H2}、二道区人民医院、九台区人民医院。", res)
    for tail in (H2, "二道区人民医院", "九台区人民医院"):
        assert rels[(H1, "supports", tail)] == ("cue:托管/first",)
        assert (tail, "supports", H1) not in rels


def test_we_in_a_quotation_is_the_hospital_that_says_it(res):
    said = _rels(f"{H1}院长表示，医院将继续帮扶基层。“我们托管了{H2}、二道区人民医院。”", res)
    assert said[(H1, "supports", H2)] == ("cue:托管/first",) and (H2, "supports", H1) not in said
    assert (H1, "supports", "二道区人民医院") in said
    by_a_body = _rels(f"{WJW}主任表示，将继续帮扶基层。“我们托管了{H2}、二道区人民医院。”", res)
    assert not any(rel == "supports" for _, rel, _ in by_a_body)


def test_a_place_opening_the_programmes_clause_takes_part_but_not_where_it_happens(res):
    rels = _rels("负责人表示，长春将继续实施“护蕾计划”，推动资源下沉。", res)
    assert rels[("长春市", "participatesIn", "护蕾计划")] == ("participation:text",)
    assert ("护蕾计划", "participatesIn", "长春市") not in rels
    where = _rels(f"{WJW}负责人表示，将在长春推广“护蕾计划”。", res)
    assert ("长春市", "participatesIn", "护蕾计划") not in where


def test_a_place_written_right_before_a_programme_takes_part_in_it(res):
    rels = _rels("采访团围绕长春“护蕾计划”开展情况进行采访。", res)
    assert rels[("长春市", "participatesIn", "护蕾计划")] == ("participation:modifier",)
    apart = _rels("采访团来到长春，了解“护蕾计划”开展情况。", res)
    assert ("长春市", "participatesIn", "护蕾计划") not in apart


def test_this_programme_is_the_one_named_before(res):
    rels = _rels(f"长春启动“护蕾计划”。该计划联合{H1}、{H2}开展筛查。", res)
    assert (H1, "participatesIn", "护蕾计划") in rels and (H2, "participatesIn", "护蕾计划") in rels


def test_this_alliance_is_the_one_of_its_kind_named_before(res):
    rels = _rels(f"长春都市圈内，心血管专科联盟揭牌，{H1}成为该联盟理事长单位。", res)
    assert (H1, "leads", "心血管专科联盟") in rels and (H1, "leads", "长春都市圈") not in rels


def test_an_alliance_is_forgotten_at_the_end_of_its_story(res):
    text = f"{ALLIANCE}揭牌。{H1}加入此联盟。"
    assert (H1, "memberOf", ALLIANCE) in _rels(text, res)
    sentences = health_norm(text).sentences
    apart = (sentences[0], replace(sentences[1], story=sentences[0].story + 1))
    state = DocState(doc(text).id, text, apart)
    for component in COMPONENTS:
        component.run(state, res)
    assert (H1, "memberOf", ALLIANCE) not in triples(state)


def test_both_builders_support_what_they_build_together(res):
    rels = _rels(f"{WJW}与{H1}合作共建{H2}", res)
    for head in (WJW, H1):
        assert rels[(head, "supports", H2)] == ("cue:共建/before",)
        assert (H2, "supports", head) not in rels
    programme = _rels(f"{WJW}与{H1}共建“护蕾计划”", res)
    assert (WJW, "leads", "护蕾计划") in programme and (H1, "leads", "护蕾计划") in programme
    assert (WJW, "participatesIn", "护蕾计划") not in programme


def test_an_agreement_between_two_groups_is_an_exchange_not_support(res):
    found = triples(run_state("吉林大学第一医院、吉林大学第二医院与长春烧伤医院、二道区人民医院签署交流合作协议。", res))
    assert not any(rel == "supports" for _, rel, _ in found)
    one = triples(run_state("吉林大学第一医院、吉林大学第二医院与长春烧伤医院签署合作协议。", res))
    assert ("吉林大学第一医院", "supports", "长春烧伤医院") in one and ("长春烧伤医院", "supports", "吉林大学第一医院") not in one


def test_the_source_of_the_news_is_no_actor(res):
    rels = _rels(f"长春医疗服务提升。近日从长春市卫健委获悉，{H2}纳入{ALLIANCE}管理。", res)
    assert rels[(H2, "memberOf", ALLIANCE)] == ("cue:纳入/any",)
    assert (WJW, "memberOf", ALLIANCE) not in rels


def test_a_pair_that_signs_builds_the_hospital_of_the_next_clause(res):
    rels = triples(run_state("南昌大学第二附属医院与南昌市新建区人民政府举行签约仪式，合作共建南昌大学第二附属医院新建院区。", res))
    assert rels[("南昌市新建区人民政府", "supports", "南昌大学第二附属医院新建院区")] == ("cue:共建/pair",)


def test_a_pair_two_clauses_before_the_cue_builds_nothing(res):
    rels = triples(run_state("肥西县卫健委与安徽医科大学第一附属医院签约，将托管肥西县人民医院，共建安徽医科大学第一附属医院南区。", res))
    assert not any("cue:共建/pair" in rules for rules in rels.values())


def test_a_pair_clauses_before_the_cue_builds_the_hospital_when_no_one_stands_between(res):
    rels = triples(run_state("国控集团与河南省儿童医院签订了战略合作协议，决定整合双方优势资源，合资建设河南省省立医院。", res))
    assert rels[("国控集团", "supports", "河南省省立医院")] == ("cue:合资建设/pair",)
    assert ("河南省儿童医院", "supports", "河南省省立医院") in rels


def test_both_sides_names_the_pair_of_an_earlier_sentence_for_a_building_cue(res):
    rels = triples(run_state("四川大学与厦门市人民政府签署协议。双方将共同创建四川大学华西厦门医院。", res))
    assert ("厦门市人民政府", "supports", "四川大学华西厦门医院") in rels


def test_a_join_inside_a_word_joins_no_partners(res):
    found = triples(run_state("吉林大学第一医院参与长春烧伤医院签约仪式的筹备。", res))
    assert not any(r == "supports" for _, r, _ in found)  # the 与 of 参与 is no conjunction
    found = triples(run_state("吉林大学第一医院同长春烧伤医院签约。", res))
    assert ("吉林大学第一医院", "supports", "长春烧伤医院") in found


def test_the_body_a_sentence_opens_with_gives_the_aid(res):
    found = _rels(f"当天，{WJW}向{H2}捐赠医疗设备。", res)
    assert "cue:捐赠/first" in found[(WJW, "supports", H2)]


def test_the_hospital_whose_help_frames_the_sentence_supports_the_others(res):
    found = _rels(f"在{H1}的大力支持下，{H2}开设胸痛中心。", res)
    assert found[(H1, "supports", H2)] == ("cue:在…支持下/frame",)
    assert (H2, "supports", H1) not in found


def test_a_province_takes_part_as_the_subject_of_the_programmes_clause(res):
    found = _rels("吉林省在2021年被纳入“护蕾计划”试点范围，服务长春烧伤医院患者。", res)
    assert ("吉林省", "participatesIn", "护蕾计划") in found
    found = _rels("长春烧伤医院落实“护蕾计划”，惠及吉林省患者。", res)
    assert ("吉林省", "participatesIn", "护蕾计划") not in found


def test_a_place_after_a_designation_an_institution_holds_says_where_it_is(res):
    """A city named after 省级区域医疗中心 is where the centre is; a city that opens the clause
    creates it, and a place after a programme of another kind still takes part in it."""
    after = triples(run_state("省级区域医疗中心建设项目落户甲市人民医院，服务长春市群众。", res))
    assert not [k for k in after if k[0] == "长春市" and k[1] == "participatesIn"]
    subject = triples(run_state("长春市积极创建省级区域医疗中心。", res))
    assert ("长春市", "participatesIn", "省级区域医疗中心") in subject
    other = triples(run_state("启动“护蕾计划”，覆盖长春市。", res))
    assert ("长春市", "participatesIn", "护蕾计划") in other


def test_the_hospital_a_support_is_given_to_is_its_agent(res):
    rels = _rels(f"二道区政府将{H2}整体托管给{H1}。", res)
    assert (H1, "supports", H2) in rels and (H2, "supports", H1) not in rels


def test_the_passive_agent_of_a_support_cue_supports_the_subject(res):
    rels = _rels(f"{H2}新址启用。该医院由{H1}全面托管运营。", res)
    assert (H1, "supports", H2) in rels and (H2, "supports", H1) not in rels
    for sentence in (f"{H2}接受{H1}对口支援。", f"{H2}受{H1}托管以来发展迅速。"):
        rels = _rels(sentence, res)
        assert (H1, "supports", H2) in rels and (H2, "supports", H1) not in rels


def test_the_senior_of_a_pair_before_a_support_cue_gives_the_help(res):
    rels = _rels(f"二道区人民医院与{H1}签署对口帮扶协议。", res)  # a county's hospital and a university's
    assert (H1, "supports", "二道区人民医院") in rels and ("二道区人民医院", "supports", H1) not in rels
    later = _rels(f"二道区人民医院建院多年，通过深化与{H1}的托管合作，能力提升。", res)
    assert (H1, "supports", "二道区人民医院") in later and ("二道区人民医院", "supports", H1) not in later
    tie = _rels(f"{H1}与吉林大学第二医院签署对口帮扶协议。", res)  # equal rank: the order of the text
    assert (H1, "supports", "吉林大学第二医院") in tie and ("吉林大学第二医院", "supports", H1) not in tie


def test_a_clause_opening_with_and_carries_the_sentences_subject(res):
    rels = _rels(f"{H1}院长一行来到二道区，与{H2}、二道区人民医院签订对口帮扶协议。", res)
    assert (H1, "supports", H2) in rels and (H1, "supports", "二道区人民医院") in rels
    before = _rels(f"{H1}举行会议。会上，与二道区人民医院签订对口帮扶协议。", res)  # the sentence before opens with it
    assert (H1, "supports", "二道区人民医院") in before


def test_a_subject_after_a_dateline_and_a_date_opens_the_sentence(res):
    rels = _rels(f"本报讯 (记者 王振宇)12月21日至22日，{H1}院长一行来到二道区，与二道区人民医院签订医联体协议。", res)
    assert (H1, "supports", "二道区人民医院") in rels


def test_a_support_cue_opening_its_clause_is_given_by_the_hospital_of_the_pair_before(res):
    rels = _rels(f"日前，二道区人民政府与{H1}签订合作协议，全面托管二道区人民医院。", res)
    assert (H1, "supports", "二道区人民医院") in rels
    assert ("二道区人民政府", "supports", "二道区人民医院") not in rels


def test_a_carried_subject_of_equal_rank_is_the_one_helped(res):
    rels = _rels(f"{H1}院长一行前往吉林大学第二医院考察，并与吉林大学第二医院签署合作协议。", res)
    assert ("吉林大学第二医院", "supports", H1) in rels and (H1, "supports", "吉林大学第二医院") not in rels


def test_the_partner_a_help_cue_names_as_its_object_is_the_one_helped(res):
    rels = _rels(f"{H2}分别与{H1}、二道区人民医院签订关于支援{H2}建设发展协议书。", res)
    assert (H1, "supports", H2) in rels and ("二道区人民医院", "supports", H2) in rels
    assert (H2, "supports", H1) not in rels and (H2, "supports", "二道区人民医院") not in rels


def test_names_joined_by_commas_are_one_list_not_clauses(res):
    rels = _rels(f"二道区人民医院分别与{H1},吉林大学第二医院和{H2}签订合作协议。", res)
    assert (H1, "supports", "二道区人民医院") in rels
    assert ("吉林大学第二医院", "supports", H2) not in rels  # not partners: both are on one side


def test_primary_care_is_junior_to_any_hospital(res):
    rels = _rels(f"东风社区卫生服务中心与{H2}签订医联体协议。", res)
    assert (H2, "supports", "东风社区卫生服务中心") in rels
    assert ("东风社区卫生服务中心", "supports", H2) not in rels


def test_a_hospital_is_in_the_last_place_of_the_chain_its_site_names(res):
    rels = _rels(f"{H2}始建于1950年，位于长春市二道区东盛大街。", res)  # the sentence's subject
    assert rels[(H2, "locatedIn", "二道区")] == ("cue:位于/site",)
    relative = _rels(f"位于长春市二道区东盛大街6号的{H2}开诊。", res)
    assert (H2, "locatedIn", "二道区") in relative
    none = _rels(f"{H2}专家来到位于二道区的社区。", res)  # a site after a place of its own
    assert (H2, "locatedIn", "二道区") not in none


def test_a_list_of_pairs_signs_pair_by_pair(res):
    rels = _rels(f"{H1}与{H2}、吉林大学第二医院与二道区人民医院分别签署合作协议。", res)
    assert (H1, "supports", H2) in rels and ("吉林大学第二医院", "supports", "二道区人民医院") in rels
    assert not [k for k in rels if k[1] == "supports" and {k[0], k[2]} == {H1, "吉林大学第二医院"}]


def test_two_lists_joined_respectively_sign_item_by_item(res):
    rels = _rels(f"{H1}、吉林大学第二医院分别与{H2}、二道区人民医院签署合作协议。", res)
    assert (H1, "supports", H2) in rels and ("吉林大学第二医院", "supports", "二道区人民医院") in rels
    assert not [k for k in rels if k[1] == "supports" and {k[0], k[2]} in ({H1, "二道区人民医院"}, {"吉林大学第二医院", H2})]
    # lists of different lengths are no pairs in turn: two groups in an exchange, no one supports
    rels = _rels(f"{H1}、吉林大学第二医院分别与{H2}、二道区人民医院、南关区人民医院签署合作协议。", res)
    assert not [k for k in rels if k[1] == "supports"]


def test_a_chain_of_the_same_cue_links_each_hospital_to_its_own_objects(res):
    rels = _rels(f"截至目前，{H1}托管了{H2}、吉林大学第二医院托管了二道区人民医院及南关区人民医院。", res)
    assert (H1, "supports", H2) in rels and ("吉林大学第二医院", "supports", "南关区人民医院") in rels
    assert ("吉林大学第二医院", "supports", "二道区人民医院") in rels
    assert (H1, "supports", "二道区人民医院") not in rels


def test_the_hospital_a_support_cue_describes_is_its_agent(res):
    rels = _rels(f"对口帮扶{H2}的{H1}院长说，合作成效明显。", res)
    assert (H1, "supports", H2) in rels and (H2, "supports", H1) not in rels
    objects = _rels(f"今年托管了{H2}、二道区人民医院。", res)
    assert not [k for k in objects if k[1] == "supports"]


def test_a_hospital_between_at_and_a_support_cue_gives_the_support(res):
    rels = _rels(f"二道区人民医院在{H1}托管的五年里发展迅速。", res)
    assert (H1, "supports", "二道区人民医院") in rels and ("二道区人民医院", "supports", H1) not in rels


def test_our_hospital_on_a_hospitals_own_site_is_that_hospital(res):
    rels = _rels(f"欢迎访问二道区人民医院官方网站。我院与{H1}签订对口帮扶协议。", res)
    assert (H1, "supports", "二道区人民医院") in rels
    news = _rels(f"欢迎访问长春新闻网。我院与{H1}签订对口帮扶协议。", res)  # no hospital's own site
    assert not [k for k in news if k[1] == "supports"]


def test_the_bare_hospital_opening_an_introductions_sentence_is_the_hospital_it_introduces(res):
    intro = "二道区人民医院始建于1958年，是一所综合医院。医院占地100亩。医院是“微笑列车”定点医院。"
    assert ("二道区人民医院", "participatesIn", "微笑列车") in _rels(intro, res)
    news = "二道区人民医院开展义诊。医院是“微笑列车”定点医院。"  # one bare opening: no introduction
    assert ("二道区人民医院", "participatesIn", "微笑列车") not in _rels(news, res)


@pytest.mark.parametrize("text, place, programme", [
    ("省卫健委支持在呼和浩特市建设国家区域医疗中心。", "呼和浩特市", "国家区域医疗中心"),   # 在 the place, a build verb
    ("在新乡、信阳布局建设5个省区域医疗中心。", "信阳市", "省级区域医疗中心"),              # a list of places
    ("成功争取“护蕾计划”落户咸宁。", "咸宁市", "护蕾计划"),                              # the programme lands there
])
def test_a_place_where_a_programme_is_built_or_lands_takes_part_in_it(res, text, place, programme):
    assert _rels(text, res)[(place, "participatesIn", programme)] == ("participation:host",)


def test_a_place_opening_its_clause_takes_part_in_the_programme_of_the_next_one(res):
    text = "为了推进卫生健康事业发展，大理市不断深化医疗卫生体制改革，探索走“联大靠强”道路。"
    assert _rels(text, res)[("大理市", "participatesIn", "联大靠强")] == ("participation:subject",)
    other = "大理市不断深化改革，大理州人民医院探索走“联大靠强”道路。"  # another actor between: its subject
    assert ("大理市", "participatesIn", "联大靠强") not in _rels(other, res)


def test_our_hospital_on_a_page_with_no_masthead_is_the_hospital_it_names_most(res):
    page = f"二道区人民医院召开大会。二道区人民医院院长讲话。{H1}专家到会。我院入选“护蕾计划”试点单位。"
    assert ("二道区人民医院", "participatesIn", "护蕾计划") in _rels(page, res)
    tie = f"二道区人民医院召开大会。{H1}专家到会。我院入选“护蕾计划”试点单位。"  # no one named most
    assert ("二道区人民医院", "participatesIn", "护蕾计划") not in _rels(tie, res)


def test_the_partners_after_and_do_not_support_each_other(res):
    rels = _rels(f"在协作上，先后与{H1}、吉林大学第二医院建立对口帮扶关系。", res)
    assert not [k for k in rels if k[1] == "supports" and {k[0], k[2]} == {H1, "吉林大学第二医院"}]


def test_the_government_of_the_place_a_programme_is_named_after_leads_it(res):
    rels = _rels("近年来，长春市人民政府大力推进“健康长春”建设。", res)
    assert rels[("长春市人民政府", "leads", "健康长春")] == ("participation:government",)
    assert ("长春市人民政府", "participatesIn", "健康长春") not in rels


def test_a_frame_with_no_target_after_it_describes_the_sentence_s_subject(res):
    rels = triples(run_state(f"{ALLIANCE}是以{H1}为核心单位组建的业务组织。", res))
    assert (H1, "leads", ALLIANCE) in rels


def test_the_partners_after_ally_are_members_of_what_they_build_together(res):
    rels = _rels(f"在{WJW}指导下，联合{H2}、二道区人民医院，共同组建{ALLIANCE}", res)
    assert rels[(H2, "memberOf", ALLIANCE)] == ("cue:共同组建/allied",)
    assert ("二道区人民医院", "memberOf", ALLIANCE) in rels and (WJW, "memberOf", ALLIANCE) not in rels
    far = _rels(f"联合{H2}开展义诊，多方协作，共同组建{ALLIANCE}", res)
    assert (H2, "memberOf", ALLIANCE) not in far


def test_the_hospitals_of_a_page_about_a_programme_take_part_in_it(res):
    page = "“护蕾计划”启动\n\n长春推进“护蕾计划”，“护蕾计划”覆盖全市。\n\n首批单位：长春烧伤医院。\n\n二道区人民医院开展义诊。"
    rels = _rels(page, res)
    assert rels[(H2, "participatesIn", "护蕾计划")] == ("page:topic",)
    assert rels[("二道区人民医院", "participatesIn", "护蕾计划")] == ("page:topic",)
    once = _rels("“护蕾计划”启动\n\n首批单位：长春烧伤医院。", res)
    assert (H2, "participatesIn", "护蕾计划") not in once


def test_every_place_of_a_list_that_opens_the_clause_takes_part(res):
    rels = _rels("辽源市、通化市和白山市入选“护蕾计划”试点城市。", res)
    assert {p for p, r, t in rels if r == "participatesIn" and t == "护蕾计划"} == {"辽源市", "通化市", "白山市"}
    assert ("通化市", "participatesIn", "护蕾计划") not in _rels("专家赴辽源市、通化市推广“护蕾计划”。", res)


def test_a_site_written_once_locates_every_hospital_of_its_list(res):
    rels = _rels(f"{H2}、二道区中医院均位于长春市二道区。", res)
    assert (H2, "locatedIn", "二道区") in rels and ("二道区中医院", "locatedIn", "二道区") in rels


def test_the_hospitals_from_a_place_are_in_it_and_nothing_before_the_cue_is(res):
    rels = _rels(f"来自长春市的{H1}、{H2}专家到二道区义诊。", res)
    assert (H1, "locatedIn", "长春市") in rels and (H2, "locatedIn", "长春市") in rels
    assert not [k for k, rules in _rels(f"{H1}的建设单位全部来自长春市。", res).items() if "cue:来自/origin" in rules]


def test_a_place_written_before_a_list_of_hospitals_locates_each(res):
    rels = _rels("患者在长春市吉大一院、吉大二院和延边州人民医院等3家医院就诊。", res)
    assert "list:written-place" in rels[(H1, "locatedIn", "长春市")]
    assert "list:written-place" in rels[("吉林大学第二医院", "locatedIn", "长春市")]
    assert ("延边州人民医院", "locatedIn", "长春市") not in rels  # its own name places it


def test_every_hospital_of_a_list_supports_the_objects_of_its_cue(res):
    rels = _rels(f"{H1}、{H2}和二道区人民医院等单位派驻专家对口支援通榆县人民医院。", res)
    assert {h for h, r, t in rels if r == "supports" and t == "通榆县人民医院"} == {H1, H2, "二道区人民医院"}
    assert not [k for k in rels if k[1] == "supports" and k[2] != "通榆县人民医院"]  # the list is no pair of partners


def test_a_hospital_a_place_builds_with_a_partner_is_in_that_place(res):
    found = _rels("天津市蓟州区人民政府与天津中医药大学签署协议，共建天津中医药大学第五附属医院。", res)
    assert ("天津中医药大学第五附属医院", "locatedIn", "蓟州区") in found
    found = _rels("吉林大学第一医院与长春烧伤医院共建二道区人民医院分院。", res)  # a place inside a hospital's name builds nothing
    assert not any(h == "二道区人民医院分院" and r == "locatedIn" and t == "长春市" for h, r, t in found)


def test_a_hospital_made_a_universitys_affiliate_is_part_of_it(res):
    found = _rels("长春烧伤医院、二道区人民医院成为吉林大学直属附属医院。", res)
    assert ("长春烧伤医院", "partOf", "吉林大学") in found and ("二道区人民医院", "partOf", "吉林大学") in found
    found = _rels("长春烧伤医院与延安大学附属医院签约。", res)  # the cue inside a name states nothing
    assert not any(r == "partOf" for _, r, _ in found)
