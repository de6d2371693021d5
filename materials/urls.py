from django.urls import path

from materials import views

app_name = "materials"
urlpatterns = [
    path("", views.MaterialListView.as_view(), name="list"),
    path("<slug:slug>/", views.MaterialDetailView.as_view(), name="detail"),
]
