-- Temporal's schemas live beside the product's database in the same PostgreSQL server.
CREATE DATABASE temporal;
CREATE DATABASE temporal_visibility;
