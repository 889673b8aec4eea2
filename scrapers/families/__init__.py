"""Page families: pure parsers of the page kinds the pipeline meets, one module per kind.

Article pages -> ``ArticleDraft`` (``draft``): ``wechat_article`` (mp.weixin.qq.com),
``mee_article`` (www.mee.gov.cn and its big5 gateway), ``freewechat_article`` (freewechat-style
and Traditional mirrors), ``thepaper_article`` (澎湃号·政务) and ``plaintext`` (a bare body).
Shared by them: ``blocks`` (HTML element -> paragraphs) and ``dates`` (China-time parsing).
Listing pages (``wechat_album``, ``*_list``) serve discovery.
"""
