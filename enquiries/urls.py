from django.urls import path

from enquiries import views

app_name = "enquiries"
urlpatterns = [
    path("", views.AskView.as_view(), name="ask"),
    path("sent/<uuid:token>/", views.AskDoneView.as_view(), name="done"),
]
