from django.urls import path

from services import views

app_name = "services"
urlpatterns = [
    path("", views.ServiceListView.as_view(), name="list"),
    path("find-help/", views.FindHelpView.as_view(), name="find_help"),
    path("<slug:slug>/", views.ServiceDetailView.as_view(), name="detail"),
]
