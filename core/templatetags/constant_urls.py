"""`{% url %}` that works out a constant address once, not on every page.

Installed as a template builtin (settings TEMPLATES "builtins"), so every template gets it in
place of Django's own tag, with the same syntax and output. `{% url 'news:list' %}` with no
arguments is a constant of the URLconf, the language and the script prefix; the base
template alone names a dozen such addresses, and Django's reverse() costs about 20 µs each.
Addresses with arguments are still reversed every time (they depend on the content), and
nothing here holds page content. (Static files: core.staticfiles.)
"""

from functools import lru_cache

from django import template
from django.core.signals import setting_changed
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.translation import get_language

register = template.Library()


@lru_cache(maxsize=1024)
def _reverse(view_name, current_app, language, prefix, urlconf):
    # language and prefix are part of the key only: reverse() reads both from the thread.
    return reverse(view_name, urlconf=urlconf, current_app=current_app)


def clear(**_kwargs):
    """Forget every address (a test that changes the URLconf)."""
    _reverse.cache_clear()


setting_changed.connect(clear, dispatch_uid="constant-urls-clear")


class ConstantURLNode(URLNode):
    """Django's URLNode; without arguments, the address comes from _reverse()."""

    def render(self, context):
        if self.args or self.kwargs:
            return super().render(context)
        request = context.get("request")
        current_app = getattr(request, "current_app", None)
        if current_app is None:
            match = getattr(request, "resolver_match", None)
            current_app = match.namespace if match else None
        view_name = self.view_name.resolve(context)
        url = ""
        try:
            url = _reverse(
                view_name, current_app, get_language(), get_script_prefix(), get_urlconf()
            )
        except NoReverseMatch:
            if self.asvar is None:  # {% url 'x' as name %} of a missing page gives "", as Django's
                raise
        if self.asvar:
            context[self.asvar] = url
            return ""
        return conditional_escape(url) if context.autoescape else url


@register.tag
def url(parser, token):
    """Django's `{% url %}` (same syntax and output); see the module docstring."""
    node = django_url(parser, token)
    return ConstantURLNode(node.view_name, node.args, node.kwargs, node.asvar)
