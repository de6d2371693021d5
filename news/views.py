from django.views.generic import DetailView, ListView

from core.filtering import FilteredListMixin
from core.pagination import KeysFirstPaginator
from core.views import PreviewableMixin
from news import selectors
from news.models import Post


class PostListView(FilteredListMixin, ListView):
    """Posts filtered from the query string; a bad value answers 400 with the form's error."""

    template_name = "news/post_list.html"
    context_object_name = "posts"
    paginate_by = 10
    paginator_class = KeysFirstPaginator

    def filter(self, data):
        return selectors.post_list(data=data)

    def facets(self, filterset):
        return selectors.post_facets(filterset)


class PostDetailView(PreviewableMixin, DetailView):
    """A published post, or an archived one with a notice; drafts and future posts are 404."""

    template_name = "news/post_detail.html"
    context_object_name = "post"

    def get_queryset(self):
        return Post.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["related_posts"] = selectors.related_posts(self.object)
        context["json_ld"] = selectors.news_article_json_ld(self.object, self.request)
        return context
