"""The one text pipeline every part reads text through: clean -> tokens -> sentences.

    clean(text)            same-length clean-up (entities, odd spaces, apostrophes)   clean.py
    html_to_text(markup)   feed HTML to plain text (the poller, `alerts rules test`)  clean.py
    tokenize / WORD / fold tokens with offsets, rule words, folding                tokens.py
    sentence_spans / Sentences                                                     sentences.py

The extractor, the rules and the feeds all use these, so a figure's sentence and a
`same_sentence` condition see the same boundaries, and every offset indexes the caller's text.
"""
