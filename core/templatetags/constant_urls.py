"""`{% url %}` and `{% static %}` that work out a constant address once, not on every page.

Installed as a template builtin and as the library `static` (settings TEMPLATES "builtins" and
"libraries"), so every template gets them in place of Django's own tags, with the same syntax
and output, whether or not it says `{% load static %}`. `{% url 'news:list' %}` with
no arguments is a constant of the URLconf, the language and the script prefix; the base
template alone names a dozen such addresses, and Django's reverse() costs about 20 µs each.
`{% static %}` looks each name up in the manifest once. Addresses with arguments are still
reversed every time (they depend on the content), and nothing here holds page content.
"""

from functools import lru_cache

from django import template
from django.core.signals import setting_changed
from django.template.defaulttags import URLNode
from django.template.defaulttags import url as django_url
from django.templatetags import static as static_tags
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.translation import get_language

register = template.Library()
# The rest of Django's `static` library, so that `{% load static %}` still finds all of it.
register.tags.update(static_tags.register.tags)
register.filters.update(static_tags.register.filters)


@lru_cache(maxsize=1024)
def _reverse(view_name, current_app, language, prefix, urlconf):
    # language and prefix are part of the key only: reverse() reads both from the thread.
    return reverse(view_name, urlconf=urlconf, current_app=current_app)


@lru_cache(maxsize=512)
def _static(path):
    return static_tags.StaticNode.handle_simple(path)


def clear(**_kwargs):
    """Forget every address (a test that changes the URLconf or the static storage)."""
    _reverse.cache_clear()
    _static.cache_clear()


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


class ConstantStaticNode(static_tags.StaticNode):
    """Django's StaticNode, each name looked up in the manifest once."""

    def url(self, context):
        return _static(self.path.resolve(context))


@register.tag("static")
def do_static(parser, token):
    """Django's `{% static %}` (same syntax and output); see the module docstring."""
    return ConstantStaticNode.handle_token(parser, token)
