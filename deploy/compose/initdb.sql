-- One database per service (docker-compose only; Kubernetes uses one CloudNativePG cluster per service).
CREATE DATABASE planning;
CREATE DATABASE realisation;
CREATE DATABASE reporting;
