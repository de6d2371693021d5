from django.urls import path

from branches import views

app_name = "branches"
urlpatterns = [
    path("", views.BranchListView.as_view(), name="list"),
    path("<slug:slug>/", views.BranchDetailView.as_view(), name="detail"),
]
