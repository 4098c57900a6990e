"""kg.tokens gives jieba's tokens: the same words and offsets as ``jieba.Tokenizer.tokenize``."""

from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jieba import finalseg

from kg.resources import KNOWN_WORD_FREQ, read_known
from kg.tokens import BLOCK, SPACE, WordTable, best_ends, tokenize

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

TRICKY = [
    "", " ", "\r\n", "。", "长春", "长春市卫健委：吉大一院牵头成立医联体。",
    "2024年3月，COVID-19 疫情防控 A+B 方案第3.5版发布", "张三李四王五赵六在二道区英俊镇卫生院就诊",
    "北京安贞医院吉林医院\t\u3000 医联体——“三化”协同%模式", "ａｂｃ１２３全角字符与half-width混排",
    "𠀀生僻字𠀁与〇和々", "鲤城区江南、开元社区卫生服务中心", "啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊啊",
]

#: characters the generated texts are drawn from: words, single characters, separators, Latin, digits, spaces
ALPHABET = "长春市医院卫健委吉林大学第一二三人民中心联盟区县镇卫生院的了在和与、，。：“”（）abcAB12.-+% \n\r\t"


@pytest.fixture(scope="module")
def jieba_and_table():
    """A jieba tokenizer with the known institutions added, and its word table."""
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in read_known():
        tok.add_word(word, freq=KNOWN_WORD_FREQ, tag="nt")
    return tok, WordTable.of(tok.FREQ, tok.total)


def _ours(text, table):
    return tokenize(text, table, lambda run: list(finalseg.cut(run)))


def test_block_patterns_are_jiebas():
    assert BLOCK.pattern == jieba.re_han_default.pattern and SPACE.pattern == jieba.re_skip_default.pattern


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts(jieba_and_table, text):
    tok, table = jieba_and_table
    assert _ours(text, table) == tuple(tok.tokenize(text))


def test_seeds_line_by_line(jieba_and_table):
    tok, table = jieba_and_table
    lines = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 50
    for line in lines:
        assert _ours(line, table) == tuple(tok.tokenize(line)), line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_any_text(jieba_and_table, text):
    tok, table = jieba_and_table
    assert _ours(text, table) == tuple(tok.tokenize(text))


def test_best_ends_prefers_the_likelier_path():
    table = WordTable.of({"长": 10, "长春": 50, "春": 10, "春医": 1, "医": 5, "医院": 80, "院": 5}, 160)
    assert best_ends("长春医院", table) == [2, 2, 4, 4]


def test_a_tie_goes_to_the_longer_word():
    # with a total of 1 every word of frequency 1 scores 0.0: 甲乙 and 甲 + 乙 tie exactly
    table = WordTable.of({"甲": 1, "乙": 1, "甲乙": 1}, 1)
    assert best_ends("甲乙", table) == [2, 2]


def test_unknown_runs_go_to_the_hmm():
    table = WordTable.of({"医院": 10, "医": 1, "院": 1}, 12)
    runs = []
    assert tokenize("张三医院", table, lambda run: runs.append(run) or [run]) == (("张三", 0, 2), ("医院", 2, 4))
    assert runs == ["张三"]
