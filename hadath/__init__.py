"""hadath: structured, sourced, time-anchored event data from Arabic news.

    >>> import hadath
    >>> result = hadath.extract("وصل الوزير إلى بغداد اليوم.", published="2021-07-27")
    >>> result.reference_date
    '2021-07-27'
"""
__version__ = "0.1.0"

__all__ = ["__version__", "extract"]


def extract(text, **kwargs):
    """See hadath.pipeline.extract (imported on first use, so that `import hadath` stays cheap)."""
    from hadath.pipeline import extract as _extract

    return _extract(text, **kwargs)
