import os

import pytest

from kg.errors import DocumentError, InputError
from kg.ingest import decode, iter_documents, read_document
from kg.types import Document, Skipped

TEXT = "吉林大学第一医院牵头成立医联体，長春市衛生健康委員會指导。"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("gb18030", "gb18030"),
])
def test_decode_encodings(encoding, expected):
    text = TEXT.replace("長春市衛生健康委員會", "长春市卫生健康委员会") if encoding == "gb18030" else TEXT
    decoded, enc = decode(text.encode(encoding))
    assert decoded == text
    assert enc == expected


def test_decode_big5_traditional():
    text = "長春市醫院舉辦義診，醫聯體擴大服務範圍。"
    assert decode(text.encode("big5")) == (text, "big5")


def test_decode_gbk_simplified_not_taken_for_big5():
    text = "长春市医院举办义诊，医联体扩大服务范围，群众就医更方便。"
    assert decode(text.encode("gbk"))[0] == text


def test_read_document_id_is_path_and_hash(tmp_path):
    p = tmp_path / "sub" / "a.txt"
    p.parent.mkdir()
    p.write_text(TEXT, encoding="utf-8")
    doc = read_document(p, tmp_path)
    assert doc.path == "sub/a.txt"
    assert doc.id.startswith("sub/a.txt#") and doc.id.split("#")[1] == doc.sha256[:16]
    assert doc.text == TEXT


@pytest.mark.parametrize("content,reason", [
    (b"", "empty file"), (b"   \n", "empty file"), (b"%PDF-1.7 ...", "PDF"), (b"\x89PNG\r\n", "PNG"),
    (b"PK\x03\x04abc", "zip"), (b"abc\x00def\x00" + "医院".encode() * 3 + b"\xff", "NUL"),
])
def test_unusable_files_are_skipped_with_reason(tmp_path, content, reason):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(DocumentError) as e:
        read_document(p, tmp_path)
    assert reason in str(e.value) and "bad.txt" in str(e.value)


def test_iter_documents_walks_sorted_and_skips(tmp_path):
    (tmp_path / "b.txt").write_text("医院乙", encoding="utf-8")
    (tmp_path / "a.md").write_text("医院甲", encoding="utf-8")
    (tmp_path / "c.html").write_text("<p>医院</p>", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    os.symlink(tmp_path / "missing.txt", tmp_path / "broken.txt")
    items = list(iter_documents([tmp_path]))
    docs = [i.path for i in items if isinstance(i, Document)]
    skipped = {os.path.basename(i.path): i.reason for i in items if isinstance(i, Skipped)}
    assert docs == ["a.md", "b.txt", "c.html"]
    assert skipped == {"broken.txt": "broken symbolic link", "empty.txt": "empty file"}


def test_missing_input_is_a_usage_error(tmp_path):
    with pytest.raises(InputError):
        list(iter_documents([tmp_path / "nope"]))


def test_size_limit(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("医" * 1000, encoding="utf-8")
    items = list(iter_documents([p], max_bytes=100))
    assert isinstance(items[0], Skipped) and "over the limit" in items[0].reason


def test_a_folders_kgignore_leaves_out_what_it_names(tmp_path):
    """.kgignore lists files and folders that are no documents (a list of sources, drafts), for the
    folder it is in and those below; a file given by its own path is read all the same."""
    (tmp_path / "2024" / "drafts").mkdir(parents=True)
    for name in ("a.txt", "SOURCES.md", "2024/b.txt", "2024/SOURCES.md", "2024/c.md", "2024/drafts/d.txt"):
        (tmp_path / name).write_text(f"长春市人民医院。{name}", encoding="utf-8")
    (tmp_path / ".kgignore").write_text("# the list of pages\nSOURCES.md\n\ndrafts/\n", encoding="utf-8")
    (tmp_path / "2024" / ".kgignore").write_text("*.md\n", encoding="utf-8")
    read = [d.path for d in iter_documents([tmp_path])]
    assert read == ["2024/b.txt", "a.txt"]
    assert [d.path for d in iter_documents([tmp_path / "SOURCES.md"])] == ["SOURCES.md"]


def test_the_sample_pages_folder_builds_its_pages_only():
    """tests/data/docs/SOURCES.md, the pages' addresses, is no page of the corpus."""
    from .conftest import DOCS

    paths = {d.path for d in iter_documents([DOCS])}
    assert "SOURCES.md" not in paths and {p.name for p in DOCS.glob("*.txt")} == paths


def test_a_file_with_the_bytes_of_another_is_one_document(tmp_path):
    """The document is its bytes (its IRI is their hash): a page saved twice is built once, the
    second copy named as skipped, so the graph never gives one document two paths."""
    (tmp_path / "a.txt").write_text("长春市人民医院。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("长春市人民医院。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("长治市人民医院。", encoding="utf-8")
    items = list(iter_documents([tmp_path]))
    assert [(type(i).__name__, i.path) for i in items] == [("Document", "a.txt"), ("Skipped", str(tmp_path / "b.txt")),
                                                           ("Document", "c.txt")]
    assert items[1].reason == f"the same bytes as {tmp_path / 'a.txt'}"


CHINESE = "长春市人民医院牵头组建心血管专科联盟，为患者提供优质医疗服务。\n吉林大学第一医院专家定期坐诊。" * 3


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_a_bom_is_read(encoding):
    assert decode(CHINESE.encode(encoding)) == (CHINESE, encoding)


@pytest.mark.parametrize("text,encoding", [
    ("東京都の病院は地域医療連携を強化し、患者さんに質の高い医療サービスを提供しています。" * 3, "shift_jis"),
    ("서울대학교병원은 지역 의료 협력을 강화하고 환자에게 양질의 의료 서비스를 제공합니다." * 3, "euc_kr"),
])
def test_another_encoding_is_not_read_as_gb18030_garbage(text, encoding):
    with pytest.raises(ValueError, match="another encoding"):
        decode(text.encode(encoding))


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", "\u3000\u3000\n".encode(), "  \n".encode("utf-16"), b"\xef\xbb\xbf \r\n"])
def test_a_file_of_a_bom_or_spaces_alone_is_empty(tmp_path, data):
    (tmp_path / "a.txt").write_bytes(data)
    with pytest.raises(DocumentError, match="empty file"):
        read_document(tmp_path / "a.txt", tmp_path)
