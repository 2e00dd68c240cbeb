"""Renderers: the same findings as Chinese text, JSON, or a 检查结果 sheet."""
