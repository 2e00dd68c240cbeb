"""Reports in the forms people have: tracked changes, content controls and text boxes in
.docx; .pdf text layers with wrapped lines; old .doc/.wps through LibreOffice; Big5 text."""

import copy
import subprocess

import pytest
from docx import Document
from docx.oxml import parse_xml

from perfxl.cli import main
from perfxl.errors import PerfxlError
from perfxl.narrative.formats import decode_text, unwrap_lines
from perfxl.narrative.read import read_narrative

from .conftest import unchanged

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')


def _docx_with(tmp_path, *body_xml: str, name="报告.docx"):
    doc = Document()
    body = doc.element.body
    for xml in body_xml:
        body.insert(len(body) - 1, parse_xml(xml))   # before sectPr
    p = tmp_path / name
    doc.save(p)
    return p


def test_tracked_insertions_count_and_deletions_do_not(tmp_path):
    p = _docx_with(tmp_path, f'''<w:p {NS}><w:r><w:t>基本支出</w:t></w:r>
        <w:del w:id="1" w:author="a"><w:r><w:delText>3000.00万元</w:delText></w:r></w:del>
        <w:ins w:id="2" w:author="a"><w:r><w:t>2998.29万元</w:t></w:r></w:ins>
        <w:r><w:t>，占本年支出82.84%。</w:t></w:r></w:p>''')
    text = read_narrative(p).text
    assert text == "基本支出2998.29万元，占本年支出82.84%。"
    assert "3000" not in text


def test_moved_text_is_read_once_where_it_now_stands(tmp_path):
    p = _docx_with(tmp_path,
                   f'<w:p {NS}><w:moveFrom w:id="1" w:author="a"><w:r><w:t>项目支出621.15万元</w:t></w:r></w:moveFrom></w:p>',
                   f'<w:p {NS}><w:moveTo w:id="2" w:author="a"><w:r><w:t>项目支出621.15万元</w:t></w:r></w:moveTo></w:p>')
    assert read_narrative(p).text.count("621.15") == 1


def test_content_controls_are_read(tmp_path):
    p = _docx_with(tmp_path,
                   f'''<w:sdt {NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>项目支出621.15万元。</w:t></w:r></w:p>
                   </w:sdtContent></w:sdt>''',
                   f'''<w:p {NS}><w:r><w:t>三公经费</w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>9.84</w:t></w:r>
                   </w:sdtContent></w:sdt><w:r><w:t>万元。</w:t></w:r></w:p>''')
    assert read_narrative(p).text.split("\n")[-2:] == ["项目支出621.15万元。", "三公经费9.84万元。"]


def test_text_boxes_are_read_once(tmp_path):
    box = '<w:txbxContent><w:p><w:r><w:t>编制数114人</w:t></w:r></w:p></w:txbxContent>'
    p = _docx_with(tmp_path, f'''<w:p {NS}><w:r><w:t>附注：</w:t></w:r><w:r><mc:AlternateContent>
        <mc:Choice Requires="wps"><w:drawing><v:textbox>{box}</v:textbox></w:drawing></mc:Choice>
        <mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>
        </mc:AlternateContent></w:r></w:p>''')
    text = read_narrative(p).text
    assert text.endswith("附注：\n编制数114人")
    assert text.count("114") == 1


def test_tables_with_tracked_changes_follow_paragraphs(tmp_path):
    p = _docx_with(tmp_path, f'''<w:tbl {NS}><w:tr><w:tc><w:p><w:r><w:t>编制数</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:ins w:id="3" w:author="a"><w:r><w:t>114人</w:t></w:r></w:ins>
        <w:del w:id="4" w:author="a"><w:r><w:delText>110人</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>''',
                   f'<w:p {NS}><w:r><w:t>正文</w:t></w:r></w:p>')
    assert read_narrative(p).text.endswith("正文\n编制数\t114人")


def test_figures_offsets_point_into_the_accepted_text(tmp_path, capsys):
    import json

    p = _docx_with(tmp_path, f'''<w:p {NS}><w:r><w:t>基本支出</w:t></w:r>
        <w:del w:id="1" w:author="a"><w:r><w:delText>3000.00万元</w:delText></w:r></w:del>
        <w:ins w:id="2" w:author="a"><w:r><w:t>2998.29万元</w:t></w:r></w:ins></w:p>''')
    with unchanged(p):
        assert main(["figures", str(p), "--format", "json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    text = read_narrative(p).text
    assert [f["text"] for f in figures] == ["2998.29万元"]
    assert text[figures[0]["start"]:figures[0]["end"]] == "2998.29万元"


# ---------------------------------------------------------------- text encodings

PASSAGE = "本年度基本支出2998.29萬元，佔本年支出82.84%；項目支出621.15萬元，佔17.16%。部門預算執行率為99.70%。"


def test_big5_is_detected_not_mojibake(tmp_path):
    p = tmp_path / "報告.txt"
    p.write_bytes(PASSAGE.encode("big5"))
    n = read_narrative(p)
    assert n.text == PASSAGE and n.encoding == "big5hkscs"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8", "utf-8-sig", "utf-16"])
def test_mainland_encodings_still_read(tmp_path, encoding):
    text = "本年度基本支出2998.29万元，占本年支出82.84%；项目支出621.15万元，占17.16%。预算执行率为99.70%。"
    p = tmp_path / "报告.txt"
    p.write_bytes(text.encode(encoding))
    assert read_narrative(p).text == text


def test_undetectable_encoding_is_refused_not_guessed():
    # Bytes valid as GB18030 and as Big5 that decode to rare characters either way.
    data = bytes([0xFA, 0x40, 0xFA, 0x41, 0xFA, 0x42, 0xF9, 0xA1, 0xF9, 0xA2, 0xFA, 0x43] * 10)
    with pytest.raises(PerfxlError, match="编码"):
        decode_text(data, "x.txt")


# ---------------------------------------------------------------- PDF text layers

def test_wrapped_pdf_lines_are_joined_into_sentences():
    raw = ("一、部门基本情况\n"
           "本年度一般公共预算支出3619.44万元，其中基本支出2998.29万元，占本年支出的\n"
           "82.84%；项目支出621.15万元，占本年支出的17.16%。\n"
           "\n"
           "- 2 -\n"
           "\x0c二、三公经费\n"
           "三公经费9.84万元，比上年减少0.50万元，主要原因是严格执行八项规定精神，压减\n"
           "公务接待。\n")
    assert unwrap_lines(raw) == (
        "一、部门基本情况\n"
        "本年度一般公共预算支出3619.44万元，其中基本支出2998.29万元，占本年支出的82.84%；项目支出621.15万元，占本年支出的17.16%。\n"
        "二、三公经费\n"
        "三公经费9.84万元，比上年减少0.50万元，主要原因是严格执行八项规定精神，压减公务接待。")


def test_table_rows_stay_lines():
    raw = "下表为人员情况，列示如下，各项数字均为年末数，单位为人，不含临时聘用人员\n编制数\t114\n实有人数\t127\n以上为人员情况。"
    assert unwrap_lines(raw).split("\n") == [
        "下表为人员情况，列示如下，各项数字均为年末数，单位为人，不含临时聘用人员", "编制数\t114", "实有人数\t127",
        "以上为人员情况。"]


def test_a_short_last_line_ends_its_paragraph():
    raw = "第一段的文字很长很长很长很长很长很长很长很长很长很长很长很长\n这是第一段的末行。\n第二段开始了，也写得很长很长很长很长很长很长很长很长\n末行。"
    assert unwrap_lines(raw).split("\n") == [
        "第一段的文字很长很长很长很长很长很长很长很长很长很长很长很长这是第一段的末行。",
        "第二段开始了，也写得很长很长很长很长很长很长很长很长末行。"]


BLANK_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
             b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
             b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
             b"trailer<</Root 1 0 R>>\n%%EOF\n")


def test_pdf_without_text_layer_is_refused_clearly(tmp_path):
    p = tmp_path / "扫描件.pdf"
    p.write_bytes(BLANK_PDF)
    with pytest.raises(PerfxlError, match="没有文字层"):
        read_narrative(p)
    assert main(["check", "--narrative", str(p)]) == 2


def test_damaged_pdf_is_refused_clearly(tmp_path):
    p = tmp_path / "坏.pdf"
    p.write_bytes(b"%PDF-1.4\nthis is not a pdf body")
    with pytest.raises(PerfxlError, match="PDF"):
        read_narrative(p)


def test_text_named_pdf_is_refused(tmp_path):
    p = tmp_path / "其实是文本.pdf"
    p.write_text("基本支出2998.29万元", encoding="utf-8")
    with pytest.raises(PerfxlError, match="不是有效的 PDF"):
        read_narrative(p)


def _convert(libreoffice, src, fmt, tmp_path):
    out = tmp_path / "out"
    subprocess.run([libreoffice.soffice_path(), "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                    "--convert-to", fmt, "--outdir", str(out), str(src)],
                   capture_output=True, timeout=180, check=True)
    return out / (src.stem + "." + fmt.split(":")[0])


LONG = ("本年度一般公共预算支出3619.44万元，其中基本支出2998.29万元，占本年支出的82.84%；项目支出621.15万元，"
        "占本年支出的17.16%。本年度部门整体支出绩效自评得分99.97分，评价等级为“优”。“三公”经费9.84万元，"
        "比上年减少0.50万元，下降4.84%，主要原因是严格执行中央八项规定精神，压减公务接待和公务用车运行维护费用。")


@pytest.mark.libreoffice
def test_pdf_report_reads_whole_sentences(libreoffice, tmp_path):
    src = tmp_path / "报告.docx"
    doc = Document()
    doc.add_paragraph("一、部门整体支出情况")
    doc.add_paragraph(LONG)
    doc.save(src)
    pdf = _convert(libreoffice, src, "pdf", tmp_path)
    with unchanged(pdf):
        text = read_narrative(pdf).text
    # Whole sentences in reading order, even where quotes and digits come from other fonts.
    assert text == "一、部门整体支出情况\n" + LONG
    assert main(["check", "--narrative", str(pdf)]) == 0


@pytest.mark.libreoffice
def test_pdf_table_cells_are_separated(libreoffice, tmp_path):
    src = tmp_path / "表.docx"
    doc = Document()
    table = doc.add_table(rows=2, cols=2)
    for r, row in enumerate([("编制数", "114人"), ("实际在职人数", "127人")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.save(src)
    text = read_narrative(_convert(libreoffice, src, "pdf", tmp_path)).text
    assert text.split("\n") == ["编制数\t114人", "实际在职人数\t127人"]


@pytest.mark.libreoffice
@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_old_word_report_is_converted(libreoffice, tmp_path, suffix):
    src = tmp_path / "报告.docx"
    doc = Document()
    doc.add_paragraph(LONG)
    doc.save(src)
    doc_file = _convert(libreoffice, src, "doc", tmp_path)
    old = doc_file.with_suffix(suffix)
    doc_file.rename(old)
    with unchanged(old):
        assert read_narrative(old).text.strip() == LONG
    assert sorted(p.name for p in old.parent.iterdir()) == [old.name]


def test_doc_without_libreoffice_says_what_to_do(tmp_path, monkeypatch):
    from perfxl.narrative import formats

    monkeypatch.setattr(formats, "soffice", lambda: None)
    p = tmp_path / "旧.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    with pytest.raises(PerfxlError, match="另存为” .docx"):
        read_narrative(p)


def test_deepcopy_guard():
    # unwrap_lines never loses characters other than line breaks and page numbers
    raw = "甲乙丙\n丁戊己。\n- 3 -\n庚辛"
    assert copy.copy(unwrap_lines(raw)).replace("\n", "") == "甲乙丙丁戊己。庚辛"
