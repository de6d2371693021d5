from django.urls import path

from dialogue import views

app_name = "dialogue"
urlpatterns = [
    path("", views.DialogueView.as_view(), name="page"),
    path("join/", views.JoinView.as_view(), name="join"),
    path("propose-a-topic/", views.ProposeView.as_view(), name="propose"),
    path("sent/<str:kind>/<uuid:token>/", views.DoneView.as_view(), name="done"),
]
