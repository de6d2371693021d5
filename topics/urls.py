from django.urls import path

from topics import views

app_name = "topics"
urlpatterns = [
    path("", views.TopicListView.as_view(), name="list"),
    path("<slug:slug>/", views.TopicDetailView.as_view(), name="detail"),
]
