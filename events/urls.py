from django.urls import path

from events import views

app_name = "events"
urlpatterns = [
    path("", views.UpcomingEventListView.as_view(), name="list"),
    path("past/", views.PastEventListView.as_view(), name="past"),
    path("calendar.ics", views.calendar_ics, name="calendar"),
    path("<slug:slug>/", views.EventDetailView.as_view(), name="detail"),
    path("<slug:slug>/register/", views.RegisterView.as_view(), name="register"),
    path("<slug:slug>/event.ics", views.event_ics, name="ics"),
    path(
        "<slug:slug>/registration/<str:signature>/",
        views.RegistrationView.as_view(),
        name="registration",
    ),
]
