"""Site-wide middleware: which language a visitor gets (remembered, so `/` sends them back to
it), and error pages for bare refusals."""

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import render
from django.utils import translation

from core.i18n import language_from_accept, remember_language


class LanguageMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except for a page without a language in its address.

    The language cookie counts first, then the browser's Accept-Language; when the browser
    asks only for languages the site does not serve (Arabic, or Ukrainian while it is off),
    the visitor goes to English, not to Latvian, and finds the language chooser there.
    """

    def process_request(self, request):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        i18n_patterns_used, _prefixed = is_language_prefix_patterns_used(urlconf)
        language = (
            translation.get_language_from_path(request.path_info) if i18n_patterns_used else None
        )
        if language is None:
            language = self.negotiate(request)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    @staticmethod
    def negotiate(request):
        """The cookie's language when the site serves it, else the best for Accept-Language."""
        cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if cookie:
            try:
                return translation.get_supported_language_variant(cookie)
            except LookupError:
                pass
        return language_from_accept(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))


class RememberLanguageMiddleware:
    """Store the language of a language-prefixed page in the language cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        code = translation.get_language_from_path(request.path_info)
        if (
            code
            and response.status_code == 200
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != code
        ):
            remember_language(response, code)
        return response


class ErrorPageMiddleware:
    """Give a bare 405 (a method the page does not take) the site's translated error page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.streaming and not response.content:
            page = render(request, "405.html", status=405)
            page["Allow"] = response.get("Allow", "")
            return page
        return response
