"""The cue engine: each agent strategy with its direction, scope and limits, and participation."""

from kg.extract.relations import AGENTS, cue_groups
from kg.lexicon import CUE_AGENTS
from kg.types import Rel

from .helpers import run_state, triples

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
    assert rels[(H2, "memberOf", ALLIANCE)] == ("cue:加入/any", "cue:组建/any")
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


def test_cue_groups_run_leads_first(res):
    groups = cue_groups(res)
    relations = [g.rule.relation for g in groups]
    assert relations[0] == Rel.LEADS and relations.index(Rel.MEMBER_OF) > max(
        i for i, r in enumerate(relations) if r == Rel.LEADS)


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
