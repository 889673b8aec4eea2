"""Page families: pure parsers of the page kinds the pipeline meets, one module per kind.

Article pages -> ``ArticleDraft`` (``draft``): ``wechat_article`` (mp.weixin.qq.com),
``mee_article`` (www.mee.gov.cn and its big5 gateway), ``freewechat_article`` (freewechat-style
and Traditional mirrors), ``thepaper_article`` (澎湃号·政务), ``plaintext`` (a bare body) and
``generic_article`` (trafilatura, for layouts no family knows); ``readers`` picks one per page. Each reads a ``scrapers.page.PageDoc`` (one tree per page) and
owns its body selector. Shared by them: ``blocks`` (HTML element -> paragraphs, iteratively,
depth-bounded) and ``dates`` (China-time parsing).
Listing pages (``wechat_album``, ``*_list``) serve discovery.
"""
