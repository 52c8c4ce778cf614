"""Readers: formats, encodings, bad input recorded as problems, ids unique and stable."""
from __future__ import annotations

import json

import pytest

import analysis
from analysis.encodings import DecodeProblem, detect_and_decode
from analysis.readers import Settings

PAGE = "News / World\n\nMinister Visits Port\n\n“We are ready,” said Mayor Ana Ruiz.\n"


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    (path.write_bytes if isinstance(data, bytes) else path.write_text)(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"])
def test_encodings_decode_correctly(tmp_path, encoding):
    text = "Café “déjà vu” — naïve résumé, 10 € and œuvre.\nSecond line with more words in it.\n"
    write(tmp_path / "page.txt", text.encode(encoding))
    corpus = analysis.load(tmp_path / "page.txt")
    assert corpus.texts["page"] == text
    assert corpus.problems.empty


def test_cp1252_short_text_is_not_mojibake():
    data = "Na\xefve caf\xe9 \x93quoted\x94".encode("latin-1")
    text, encoding = detect_and_decode(data)
    assert text == "Naïve café “quoted”" and encoding == "cp1252"


def test_binary_is_a_problem_not_mojibake(tmp_path):
    write(tmp_path / "img.txt", bytes(range(256)) * 20)
    write(tmp_path / "ok.txt", PAGE)
    corpus = analysis.load(tmp_path)
    assert list(corpus.texts) == ["ok"]
    [problem] = corpus.problems.itertuples()
    assert problem.stage == "decode" and "binary" in problem.message and problem.file.endswith("img.txt")
    with pytest.raises(DecodeProblem):
        detect_and_decode(b"\x00\x01\x02binary\x00")


def test_missing_path_names_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nowhere.txt"):
        analysis.load(tmp_path / "nowhere.txt")


def test_empty_file_is_a_document_with_zero_blocks_and_a_problem(tmp_path):
    write(tmp_path / "empty.txt", b"")
    corpus = analysis.load(tmp_path)
    assert corpus.documents.loc[0, "doc_id"] == "empty"
    assert corpus.documents.loc[0, "n_chars"] == 0
    assert len(corpus.raw_blocks) == 0
    assert corpus.problems["message"].str.contains("empty").any()


def test_folder_recursive_glob_and_list(tmp_path):
    write(tmp_path / "a" / "one.txt", PAGE + "one")
    write(tmp_path / "a" / "b" / "two.txt", PAGE + "two")
    write(tmp_path / "three.txt", PAGE + "three")
    assert sorted(analysis.load(tmp_path).texts) == ["one", "three", "two"]
    assert sorted(analysis.load(str(tmp_path / "**" / "t*.txt")).texts) == ["three", "two"]
    assert sorted(analysis.load([tmp_path / "three.txt", tmp_path / "a" / "one.txt"]).texts) == ["one", "three"]


def test_colliding_stems_get_deterministic_suffixes(tmp_path):
    for folder in ("x", "y", "z"):
        write(tmp_path / folder / "story.txt", PAGE + folder)
    first = analysis.load(tmp_path)
    second = analysis.load(tmp_path)
    assert list(first.texts) == ["story", "story-2", "story-3"]
    assert first.texts == second.texts
    assert first.texts["story-3"].endswith("z")


def test_jsonl_with_a_malformed_row(tmp_path):
    rows = [json.dumps({"id": "a1", "text": PAGE, "title": "T", "outlet": "Ledger", "url": "https://x.example/a"}),
            "{not json", json.dumps({"id": "a2", "body": "no text key"}), json.dumps({"text": "No id here."})]
    write(tmp_path / "c.jsonl", "\n".join(rows) + "\n")
    corpus = analysis.load(tmp_path / "c.jsonl")
    assert list(corpus.texts) == ["a1", "c-4"]
    docs = corpus.documents.set_index("doc_id")
    assert docs.loc["a1", "title"] == "T" and docs.loc["a1", "outlet"] == "Ledger"
    problems = corpus.problems
    assert problems["file"].tolist() == [f"{tmp_path / 'c.jsonl'}:2", f"{tmp_path / 'c.jsonl'}:3"]
    assert "line 2" in problems["message"].iloc[0]


def test_jsonl_custom_columns(tmp_path):
    write(tmp_path / "c.jsonl", json.dumps({"uid": "z", "body": "Hello there."}) + "\n")
    corpus = analysis.load(tmp_path / "c.jsonl", text_column="body", id_column="uid")
    assert corpus.texts == {"z": "Hello there."}


def test_csv_and_tsv_with_bad_lines(tmp_path):
    write(tmp_path / "c.csv", 'id,text,outlet\n1,"Multi\nline text",Ledger\n2,"short row"\n3,"ok",Post\n')
    write(tmp_path / "t.tsv", "id\ttext\nq\tTab separated text\n")
    corpus = analysis.load(tmp_path)
    assert corpus.texts == {"1": "Multi\nline text", "3": "ok", "q": "Tab separated text"}
    [problem] = corpus.problems.itertuples()
    assert "c.csv:4" in problem.file and "2 fields" in problem.message
    sources = corpus.documents.set_index("doc_id")["source"]
    assert sources["1"].endswith("c.csv:2") and sources["3"].endswith("c.csv:5")  # first lines


def test_csv_without_text_column_says_which_columns_exist(tmp_path):
    write(tmp_path / "c.csv", "id,body\n1,hello\n")
    corpus = analysis.load(tmp_path)
    assert len(corpus) == 0
    assert "columns: id, body" in corpus.problems["message"].iloc[0]


def test_html_rendering_drops_scripts_and_hidden_text(tmp_path):
    page = """<!DOCTYPE html><html><head><title>Fallback</title>
    <meta property="og:title" content="Port Reopens">
    <meta property="og:site_name" content="The Ledger">
    <meta property="article:published_time" content="2024-03-01">
    <link rel="canonical" href="https://ledger.example/port">
    <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
    <body><nav><ul><li>Home</li><li>World</li></ul></nav>
    <h1>Port <em>Reopens</em></h1><figure><img src="a.jpg"><figcaption>Cranes at dawn.</figcaption></figure>
    <p>First paragraph with <a href="#">a link</a>.<br>After a break.</p>
    <div>Loose div text<p>inner para</p>tail text</div>
    <div style="display: none">hidden words</div><template><p>template words</p></template>
    <table><tr><td>cell one</td><td>cell two</td></tr></table><!-- a comment --></body></html>"""
    write(tmp_path / "p.html", page)
    corpus = analysis.load(tmp_path)
    # a blank line follows each paragraph and heading, as in the seed and benchmark dumps
    assert corpus.texts["p"].split("\n") == [
        "Home", "World", "Port Reopens", "", "Cranes at dawn.", "First paragraph with a link.",
        "After a break.", "", "Loose div text", "inner para", "", "tail text", "cell one", "cell two"]
    doc = corpus.documents.iloc[0]
    assert (doc["title"], doc["outlet"], doc["date"], doc["url"]) == (
        "Port Reopens", "The Ledger", "2024-03-01", "https://ledger.example/port")


def test_saved_html_article_is_segmented_like_a_page_dump(tmp_path):
    paras = [
        "The library at Oak Street Primary reopened on Monday, six months after a burst pipe "
        "flooded its lower floor and ruined most of its books.",
        '"The children kept asking when they could come back," said head teacher Amira Castell. '
        '"Today they ran straight to the picture books."',
        "Parents and teachers raised more than eighteen thousand dollars for new books through "
        "bake sales, a sponsored walk and a fun run.",
        "The council has promised to move the boiler room upstairs before the winter so that the "
        "same thing cannot happen again.",
    ]
    page = ("<html><head><title>Library Reopens</title></head><body>"
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
            "<li><a href='/sport'>Sport</a></li></ul></nav><article>"
            "<h1>School Library Reopens After Flood</h1><p class='byline'>By Tomas Lind</p>"
            + "".join(f"<p>{t}</p>" for t in paras) +
            "</article><aside><h2>You May Like</h2><ul><li><a href='/a'>Ten Tips for Reading "
            "With Your Kids</a></li><li><a href='/b'>Flood Clean-up in Pictures</a></li></ul>"
            "</aside><footer>© 2024 Riverside Herald</footer></body></html>")
    write(tmp_path / "library.html", page)
    blocks = analysis.load(tmp_path).blocks.set_index("text")
    assert blocks.loc["School Library Reopens After Flood", "kind"] == "headline"
    for para in paras:
        assert blocks.loc[para, "kind"] == "body", para
    assert blocks.loc["Ten Tips for Reading With Your Kids", "zone"] == "promotional"


def test_html_cp1252_with_meta(tmp_path):
    write(tmp_path / "p.htm", "<html><body><p>Caf\xe9 \x93quoted\x94 text here</p></body></html>".encode("latin-1"))
    assert analysis.load(tmp_path).texts["p"] == "Café “quoted” text here"


def test_huge_single_line_is_cut_with_a_problem(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("w") as fh:
        for _ in range(50):
            fh.write("word " * 200_000)  # 50 MB, one line
    corpus = analysis.load(tmp_path, max_doc_bytes=1_000_000)
    assert len(corpus.texts["big"]) == 1_000_000
    assert "only the first 1,000,000 bytes" in corpus.problems["message"].iloc[0]


def test_total_cap_records_every_file_left_out(tmp_path):
    for i in range(5):
        write(tmp_path / f"p{i}.txt", str(i) * 100)
    corpus = analysis.load(tmp_path, settings=Settings(max_total_chars=150))
    assert len(corpus) == 2
    assert len(corpus.problems) == 3 and corpus.problems["message"].str.contains("max_total_chars").all()


def test_unsupported_and_documentation_files(tmp_path):
    write(tmp_path / "a.txt", PAGE)
    write(tmp_path / "README.md", "# notes")
    write(tmp_path / "gold.json", "{}")
    write(tmp_path / "scan.pdf", b"%PDF-1.4")
    corpus = analysis.load(tmp_path)
    assert list(corpus.texts) == ["a"]
    assert corpus.problems["message"].str.contains("unsupported file type '.pdf'").tolist() == [True]


def test_metadata_csv_fills_document_columns(tmp_path):
    write(tmp_path / "pages" / "a.txt", PAGE)
    write(tmp_path / "metadata.csv", "file,title,url,date,outlet\npages/a.txt,Port,https://l.example/a,2024-01-02,Ledger\n")
    doc = analysis.load(tmp_path).documents.iloc[0]
    assert (doc["title"], doc["outlet"], doc["date"]) == ("Port", "Ledger", "2024-01-02")


def test_seed_loads_with_exact_offsets(seed_path):
    corpus = analysis.load(seed_path)
    text = corpus.texts[seed_path.stem]
    blocks = corpus.raw_blocks
    assert len(blocks) == sum(1 for line in text.split("\n") if line.strip())
    for row in blocks.itertuples():
        assert text[row.char_start:row.char_end] == row.text
    assert blocks["text"].iloc[1].startswith("Kerry: US, Russia")


def test_a_page_saved_twice_is_analysed_once_and_reported(tmp_path):
    page = "Port Reopens\n\nThe port reopened on Monday after the storm, officials said.\n"
    write(tmp_path / "a.txt", page)
    write(tmp_path / "b_copy.txt", page.replace("\n", "\r\n") + "\n\n")  # same words
    write(tmp_path / "c.txt", "Another story\n\nA different text entirely, about the ferry.\n")
    corpus = analysis.load(tmp_path)
    assert sorted(corpus.texts) == ["a", "c"]
    [problem] = corpus.problems.itertuples()
    assert problem.stage == "duplicate" and problem.file.endswith("b_copy.txt")
    assert "same text as a" in problem.message
    kept = analysis.load(tmp_path, keep_duplicates=True)
    assert sorted(kept.texts) == ["a", "b_copy", "c"] and kept.problems.empty


def test_empty_files_are_not_duplicates_of_each_other(tmp_path):
    write(tmp_path / "e1.txt", "")
    write(tmp_path / "e2.txt", "")
    stages = analysis.load(tmp_path).problems["stage"].tolist()
    assert "duplicate" not in stages


def test_a_repeated_id_in_a_corpus_file_is_renamed_and_reported(tmp_path):
    write(tmp_path / "c.jsonl", '{"id": "j1", "text": "First story about the port."}\n'
                               '{"id": "j1", "text": "Second story about the ferry."}\n')
    corpus = analysis.load(tmp_path)
    assert sorted(corpus.texts) == ["j1", "j1-2"]
    [problem] = corpus.problems.itertuples()
    assert problem.doc_id == "j1-2" and problem.file.endswith("c.jsonl:2")
    assert "id 'j1' is used by an earlier document" in problem.message


def test_outlet_comes_from_the_web_address_when_no_outlet_is_given(tmp_path):
    """An export with a url column but no outlet column still groups by outlet: the
    address's host name without "www." An outlet given in the file wins."""
    rows = [{"id": "a", "text": PAGE, "url": "https://www.example-news.com/world/port?x=1"},
            {"id": "b", "text": PAGE + "b", "url": "http://Local.Example.org:8080/p"},
            {"id": "c", "text": PAGE + "c", "url": "https://www.example-news.com/2", "outlet": "The Daily"},
            {"id": "d", "text": PAGE + "d", "url": "not a web address"},
            {"id": "e", "text": PAGE + "e"}]
    write(tmp_path / "export.jsonl", "\n".join(json.dumps(r) for r in rows))
    docs = analysis.load(tmp_path / "export.jsonl").documents.set_index("doc_id")
    assert docs.loc["a", "outlet"] == "example-news.com"
    assert docs.loc["b", "outlet"] == "local.example.org"
    assert docs.loc["c", "outlet"] == "The Daily"
    assert docs["outlet"].isna()[["d", "e"]].all()
