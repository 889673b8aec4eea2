"""Article pages: one pure reader per page family, each turning a page read once
(``scrapers.base.page.PageDoc``) into an ``ArticleDraft`` (``draft``), and owning its body selector.

``wechat_article`` (mp.weixin.qq.com), ``mee_article`` (www.mee.gov.cn and its big5 gateway),
``freewechat_article`` (freewechat-style and Traditional mirrors), ``thepaper_article``
(澎湃号·政务), ``plaintext`` (a bare body) and ``generic_article`` (trafilatura, for layouts no
family knows); ``readers`` picks one per page. Shared: ``blocks`` (HTML element -> paragraphs,
iteratively, depth-bounded) and ``dates`` (China-time parsing).
"""
