"""Tables, engine setup, migrations runner and the queries the routes and the admin CLI share."""
